-- Partner systems are app_user rows with role PARTNER_SYSTEM (ADR 0008): their secret is the
-- password hash, their organisation the one whose referrals they serve, and referral history
-- (referral_event.by_user) keeps naming who moved a referral without a second kind of actor.
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check
    check (role in ('PROBATION_OFFICER', 'PROBATION_HEAD', 'POLICE_INSPECTOR', 'AGENCY_WORKER',
                    'AGENCY_HEAD', 'ANALYST', 'PROSECUTOR', 'ADMIN', 'PARTNER_SYSTEM'));

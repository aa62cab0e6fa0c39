-- Routing's reporting contract for the indicators module: one row per referral with no
-- personal data and the moments its route KPIs need, read from the referral's history. The
-- indicators module reads this view (and register_case_facts for the case's territory), never
-- the routing tables. Closing states are DONE, DECLINED and IMPOSSIBLE; a referral confirmed
-- after DONE keeps the moment it first became DONE.
create view routing_referral_facts as
select r.id              as referral_id,
       r.case_id,
       r.domain,
       r.organisation_id,
       r.risk_level,
       r.created_at,
       r.due_at,
       r.state,
       coalesce((select min(e.at) from referral_event e
                  where e.referral_id = r.id and e.to_state = 'SENT'),
                r.created_at) as sent_at,
       (select min(e.at) from referral_event e
         where e.referral_id = r.id and e.to_state = 'ACCEPTED') as accepted_at,
       coalesce((select min(e.at) from referral_event e
                  where e.referral_id = r.id
                    and e.to_state in ('DONE', 'DECLINED', 'IMPOSSIBLE')),
                case when r.state in ('DONE', 'DECLINED', 'IMPOSSIBLE') then r.state_at end)
           as closed_at,
       case when r.state = 'DONE' then
           coalesce((select min(e.at) from referral_event e
                      where e.referral_id = r.id and e.to_state = 'DONE'), r.state_at)
       end as done_at
  from referral r;

-- Advisory bodies (КСО, МВК, public councils), their meetings and decisions (module interaction,
-- versions 130-134). Members are officials and citizens acting publicly, never persons on
-- probation; the tables name no person of the register.

-- A body: bound to a territory and convened by an organisation (the akimat department for КСО
-- and МВК, the body a public council sits at).
create table advisory_body (
    id                        uuid primary key,
    kind                      text not null check (kind in ('KSO', 'MVK', 'PUBLIC_COUNCIL', 'OTHER')),
    territory_code            varchar(9) not null references territory (code),
    convening_organisation_id uuid not null references organisation (id),
    name_kk                   text not null check (length(name_kk) between 1 and 500),
    name_ru                   text not null check (length(name_ru) between 1 and 500),
    name_en                   text not null check (length(name_en) between 1 and 500),
    active_from               date not null,
    active_to                 date,
    created_at                timestamptz not null,
    created_by                uuid references app_user (id),
    check (active_to is null or active_to >= active_from)
);
create index advisory_body_territory_idx on advisory_body (territory_code);
create index advisory_body_convener_idx on advisory_body (convening_organisation_id);

-- A member: an organisation, or a person (name, position, organisation or a public affiliation
-- such as an NGO or "the public"). CHAIR and SECRETARY mark the body's officers.
create table advisory_body_member (
    id              uuid primary key,
    body_id         uuid not null references advisory_body (id),
    organisation_id uuid references organisation (id),
    full_name       text check (length(full_name) between 1 and 300),
    position_title  text check (length(position_title) <= 300),
    affiliation     text check (length(affiliation) <= 300),
    role            text not null check (role in ('CHAIR', 'SECRETARY', 'MEMBER')),
    ordinal         int  not null,
    check ((full_name is null and organisation_id is not null)
        or (full_name is not null))
);
create index advisory_body_member_body_idx on advisory_body_member (body_id);
create index advisory_body_member_org_idx on advisory_body_member (organisation_id);

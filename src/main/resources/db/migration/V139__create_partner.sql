-- The register of partners (seed 004, SPEC section 6): NGOs, volunteers, peer mentors ("равный
-- равному") and businesses offering jobs; what they offer (by the five domains and in words),
-- where, and how to reach them. An NGO may be an organisation of Jol (organisation_id). For an
-- individual volunteer or mentor only a name and a phone are kept: the volunteer's own personal
-- data, never anything of a person on probation.
create table partner (
    id              uuid primary key,
    kind            text not null check (kind in ('NGO', 'VOLUNTEER', 'PEER_MENTOR',
                        'BUSINESS')),
    name            text not null check (length(name) between 1 and 300),
    organisation_id uuid references organisation (id),
    territory_code  varchar(9) not null references territory (code),
    offer           text check (length(offer) <= 2000),
    phone           text check (length(phone) <= 40),
    email           text check (length(email) <= 200),
    address         text check (length(address) <= 300),
    registered_on   date not null,
    inactive_since  date,
    recorded_by     uuid not null,
    recorded_at     timestamptz not null,
    version         integer not null default 0,
    check (kind = 'NGO' or organisation_id is null),
    check (kind not in ('VOLUNTEER', 'PEER_MENTOR') or (email is null and address is null)),
    check (inactive_since is null or inactive_since >= registered_on)
);
create index partner_territory_idx on partner (territory_code);

-- The domains of reintegration a partner helps in (SPEC: the five domains).
create table partner_domain (
    partner_id uuid not null references partner (id) on delete cascade,
    domain     text not null check (domain in ('LEGAL', 'HOUSING', 'ECONOMIC', 'HEALTH',
                   'INSTITUTIONAL')),
    primary key (partner_id, domain)
);

-- The territories a partner serves (besides its own).
create table partner_territory (
    partner_id     uuid not null references partner (id) on delete cascade,
    territory_code varchar(9) not null references territory (code),
    primary key (partner_id, territory_code)
);

-- A dated record that a body of Jol contacted or worked with a partner (seed 000, block 3).
create table partner_contact (
    id              uuid primary key,
    partner_id      uuid not null references partner (id),
    contacted_on    date not null,
    organisation_id uuid not null references organisation (id),
    territory_code  varchar(9) not null references territory (code),
    purpose         text not null check (length(purpose) between 1 and 1000),
    outcome         text check (length(outcome) <= 2000),
    recorded_by     uuid not null,
    recorded_at     timestamptz not null
);
create index partner_contact_territory_idx on partner_contact (territory_code, contacted_on);
create index partner_contact_partner_idx on partner_contact (partner_id, contacted_on);

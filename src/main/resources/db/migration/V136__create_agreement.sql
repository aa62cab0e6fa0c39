-- Agreements, memoranda and joint plans between bodies, NGOs and businesses (seed 004).
-- status keeps what people decided (DRAFT, IN_FORCE, TERMINATED); EXPIRED is never stored: an
-- agreement in force whose expires_on has passed is expired (see AgreementStatus).
create table agreement (
    id             uuid primary key,
    kind           text not null check (kind in ('AGREEMENT', 'MEMORANDUM', 'JOINT_PLAN')),
    subject        text not null check (length(subject) between 1 and 1000),
    number         text check (length(number) between 1 and 60),
    signed_on      date,
    expires_on     date,
    status         text not null check (status in ('DRAFT', 'IN_FORCE', 'TERMINATED')),
    terminated_on  date,
    territory_code varchar(9) not null references territory (code),
    recorded_by    uuid not null,
    recorded_at    timestamptz not null,
    version        integer not null default 0,
    check (status = 'DRAFT' or signed_on is not null),
    check (expires_on is null or signed_on is null or expires_on >= signed_on),
    check ((status = 'TERMINATED') = (terminated_on is not null))
);
create index agreement_territory_idx on agreement (territory_code, signed_on);

-- A party that is an organisation of Jol.
create table agreement_party (
    agreement_id    uuid not null references agreement (id) on delete cascade,
    organisation_id uuid not null references organisation (id),
    primary key (agreement_id, organisation_id)
);
create index agreement_party_org_idx on agreement_party (organisation_id);

-- A party not in Jol, by name and type.
create table agreement_external_party (
    agreement_id uuid not null references agreement (id) on delete cascade,
    position     integer not null,
    name         text not null check (length(name) between 1 and 300),
    party_type   text not null check (party_type in ('NGO', 'BUSINESS', 'STATE_BODY',
                     'INTERNATIONAL')),
    primary key (agreement_id, position)
);

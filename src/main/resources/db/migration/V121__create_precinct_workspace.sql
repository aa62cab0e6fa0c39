-- The precinct's "social map" kept by its inspectors (seed 004, the district inspector's tasks):
-- persons the police put on the preventive register, problem families, risk places and local
-- partners, prevention measures, receptions and mediation. Owned by the police module; every
-- column is classified in db/classification.csv.
create table preventive_person (
    id                     uuid        primary key,
    precinct_id            uuid        not null references precinct (id),
    category               text        not null check (category in (
                               'PREVIOUSLY_CONVICTED', 'ADMINISTRATIVE_SUPERVISION',
                               'DOMESTIC_VIOLENCE', 'ALCOHOL_OR_DRUGS', 'JUVENILE', 'OTHER')),
    full_name              text        not null check (length(trim(full_name)) between 1 and 200),
    birth_date             date,
    address                text        not null check (length(trim(address)) between 1 and 300),
    basis                  text        not null check (length(trim(basis)) between 1 and 500),
    since                  date        not null,
    until                  date,
    -- a protection order in family-household violence lasts up to 30 days (seed 004)
    protection_order_until date,
    created_by             uuid        not null references app_user (id),
    created_at             timestamptz not null,
    check (until is null or until >= since),
    check (protection_order_until is null or category = 'DOMESTIC_VIOLENCE')
);

create index preventive_person_precinct_idx on preventive_person (precinct_id);

-- Problem families, risk places and local partners and leaders: what the map shows about
-- the precinct beyond its persons.
create table precinct_place (
    id            uuid        primary key,
    precinct_id   uuid        not null references precinct (id),
    kind          text        not null check (kind in ('PROBLEM_FAMILY', 'RISK_PLACE', 'PARTNER')),
    partner_kind  text                 check (partner_kind in ('AKSAKAL', 'NGO', 'BUSINESS',
                                                               'VOLUNTEER', 'SCHOOL', 'OTHER')),
    name          text        not null check (length(trim(name)) between 1 and 200),
    address       text                 check (length(address) <= 300),
    contact       text                 check (length(contact) <= 200),
    note          text                 check (length(note) <= 1000),
    created_by    uuid        not null references app_user (id),
    created_at    timestamptz not null,
    check ((kind = 'PARTNER') = (partner_kind is not null))
);

create index precinct_place_precinct_idx on precinct_place (precinct_id, kind);

create table prevention_measure (
    id              uuid        primary key,
    precinct_id     uuid        not null references precinct (id),
    kind            text        not null check (kind in ('TALK', 'VISIT', 'JOINT_RAID',
                                                         'LECTURE')),
    held_on         date        not null,
    participants    text        not null check (length(trim(participants)) between 1 and 500),
    findings        text        not null check (length(trim(findings)) between 1 and 2000),
    persons_reached int         not null check (persons_reached between 0 and 10000),
    found_count     int         not null check (found_count between 0 and 10000),
    created_by      uuid        not null references app_user (id),
    created_at      timestamptz not null
);

create index prevention_measure_precinct_idx on prevention_measure (precinct_id, held_on);

-- Whom a measure concerned: a person of the probation register or one the police added.
create table prevention_measure_person (
    measure_id            uuid not null references prevention_measure (id),
    person_id             uuid          references person (id),
    preventive_person_id  uuid          references preventive_person (id),
    check ((person_id is null) <> (preventive_person_id is null))
);

create unique index prevention_measure_person_uq on prevention_measure_person
    (measure_id, coalesce(person_id, preventive_person_id));

create table precinct_reception (
    id             uuid        primary key,
    precinct_id    uuid        not null references precinct (id),
    held_on        date        not null,
    residents_seen int         not null check (residents_seen between 0 and 1000),
    topics         text        not null check (length(trim(topics)) between 1 and 1000),
    created_by     uuid        not null references app_user (id),
    created_at     timestamptz not null
);

create index precinct_reception_precinct_idx on precinct_reception (precinct_id, held_on);

create table precinct_mediation (
    id           uuid        primary key,
    precinct_id  uuid        not null references precinct (id),
    kind         text        not null check (kind in ('FAMILY', 'NEIGHBOUR')),
    held_on      date        not null,
    parties      text        not null check (length(trim(parties)) between 1 and 500),
    subject      text        not null check (length(trim(subject)) between 1 and 1000),
    outcome      text        not null check (outcome in ('RECONCILED', 'AGREEMENT', 'REFERRED',
                                                         'NOT_RESOLVED')),
    created_by   uuid        not null references app_user (id),
    created_at   timestamptz not null
);

create index precinct_mediation_precinct_idx on precinct_mediation (precinct_id, held_on);

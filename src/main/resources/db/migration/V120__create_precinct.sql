-- Administrative precincts of district police inspectors (административные участки), their
-- streets and inspectors, and which person on the register lives in which precinct. Owned by
-- the police module; every column is classified in db/classification.csv.
create table precinct (
    id              uuid        primary key,
    police_unit_id  uuid        not null references organisation (id),
    territory_code  varchar(9)  not null references territory (code),
    number          text        not null check (number ~ '^[0-9A-Za-z/-]{1,10}$'),
    name            text        not null check (length(trim(name)) between 1 and 200),
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint      not null default 0
);

create unique index precinct_number_uq on precinct (police_unit_id, number);

create table precinct_street (
    id            uuid       primary key,
    precinct_id   uuid       not null references precinct (id) on delete cascade,
    street        text       not null check (length(trim(street)) between 1 and 200),
    -- the street as matching compares it: no "ул."/"көш."/"пр."/"мкр.", lower case, one space
    street_key    text       not null,
    house_from    int                 check (house_from between 1 and 9999),
    house_to      int                 check (house_to between 1 and 9999),
    check (house_from is null or house_to is null or house_from <= house_to)
);

create index precinct_street_key_idx on precinct_street (street_key);
create index precinct_street_precinct_idx on precinct_street (precinct_id);

create table precinct_inspector (
    precinct_id   uuid not null references precinct (id) on delete cascade,
    user_id       uuid not null references app_user (id),
    primary key (precinct_id, user_id)
);

create index precinct_inspector_user_idx on precinct_inspector (user_id);

-- Where each person on the register lives, as far as precincts go: MATCHED from the address,
-- MANUAL when an administrator assigned it (matching then leaves it alone), UNMATCHED when no
-- precinct's streets take the address (the unit's list to assign by hand).
create table precinct_resident (
    person_id     uuid        primary key references person (id),
    precinct_id   uuid                 references precinct (id),
    source        text        not null check (source in ('MATCHED', 'MANUAL', 'UNMATCHED')),
    territory_code varchar(9)          references territory (code),
    assigned_at   timestamptz not null,
    assigned_by   uuid                 references app_user (id),
    check ((source = 'UNMATCHED') = (precinct_id is null))
);

create index precinct_resident_precinct_idx on precinct_resident (precinct_id);
create index precinct_resident_unmatched_idx on precinct_resident (territory_code)
    where precinct_id is null;

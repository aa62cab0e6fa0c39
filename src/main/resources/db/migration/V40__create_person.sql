-- Persons on the probation register (подучётные лица); every column is classified in
-- db/classification.csv (family data is SENSITIVE and left out of the police view).
create table person (
    id                           uuid primary key,
    iin                          varchar(12) not null check (iin ~ '^[0-9]{12}$'),
    last_name                    text        not null check (length(last_name) between 1 and 100),
    first_name                   text        not null check (length(first_name) between 1 and 100),
    middle_name                  text                 check (length(middle_name) between 1 and 100),
    birth_date                   date        not null,
    sex                          text        not null check (sex in ('MALE', 'FEMALE')),
    citizenship                  varchar(2)           check (citizenship ~ '^[A-Z]{2}$'),
    residence_territory_code     varchar(9)  references territory (code),
    residence_address            text                 check (length(residence_address) <= 300),
    registration_territory_code  varchar(9)  references territory (code),
    registration_address         text                 check (length(registration_address) <= 300),
    phone                        text                 check (phone ~ '^\+?[0-9]{10,15}$'),
    children_under_18            smallint             check (children_under_18 between 0 and 30),
    marital_status               text                 check (marital_status in (
                                     'SINGLE', 'MARRIED', 'COHABITING', 'DIVORCED', 'WIDOWED')),
    education                    text                 check (education in (
                                     'NONE', 'PRIMARY', 'BASIC_SECONDARY', 'SECONDARY',
                                     'VOCATIONAL', 'HIGHER')),
    employment_before_conviction text                 check (employment_before_conviction in (
                                     'EMPLOYED', 'SELF_EMPLOYED', 'INFORMAL', 'UNEMPLOYED',
                                     'STUDENT', 'PENSIONER')),
    home_territory_code          varchar(9)  not null references territory (code),
    -- lower-cased "last first middle", made by the application so that search does not depend
    -- on the database's collation (Kazakh and Russian letters)
    name_search                  text        not null,
    created_at                   timestamptz not null,
    updated_at                   timestamptz not null,
    version                      bigint      not null default 0,
    check ((residence_territory_code is null) = (residence_address is null)),
    check ((registration_territory_code is null) = (registration_address is null))
);

create unique index person_iin_uq on person (iin);
create index person_home_territory_idx on person (home_territory_code);
create index person_name_search_idx on person (name_search text_pattern_ops);
create index person_iin_prefix_idx on person (iin varchar_pattern_ops);

comment on table person is 'Persons on the probation register; owned by the register module';

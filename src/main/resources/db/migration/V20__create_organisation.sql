-- Partner bodies and the units of the probation service and police.
create table organisation (
    id             uuid primary key,
    type           text       not null check (type in ('PROBATION_UNIT', 'POLICE_UNIT', 'AKIMAT_DEPARTMENT',
                                                       'EMPLOYMENT_CENTRE', 'HEALTH_CLINIC',
                                                       'PUBLIC_SERVICE_CENTRE', 'CRISIS_CENTRE', 'NGO',
                                                       'EDUCATION', 'PROSECUTOR_OFFICE', 'MINISTRY')),
    name_kk        text       not null check (length(trim(name_kk)) > 0),
    name_ru        text       not null check (length(trim(name_ru)) > 0),
    name_en        text       not null check (length(trim(name_en)) > 0),
    territory_code varchar(9) not null references territory (code),
    address        text,
    phone          text,
    email          text,
    head_name      text,
    active         boolean    not null default true,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    version        integer    not null default 0
);

create index organisation_territory_idx on organisation (territory_code);
create index organisation_type_idx on organisation (type);

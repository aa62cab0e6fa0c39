-- Regional target programmes (seed 004): a programme of a territory for some years, the body
-- responsible for it, its funding when known, and its measures with their executors and state.
create table target_programme (
    id                 uuid primary key,
    name               text not null check (length(name) between 1 and 500),
    territory_code     varchar(9) not null references territory (code),
    year_from          integer not null check (year_from between 2000 and 2100),
    year_to            integer not null check (year_to between 2000 and 2100),
    responsible_org_id uuid not null references organisation (id),
    funding_amount     numeric(16, 2) check (funding_amount >= 0),
    funding_source     text check (length(funding_source) between 1 and 300),
    recorded_by        uuid not null,
    recorded_at        timestamptz not null,
    version            integer not null default 0,
    check (year_from <= year_to)
);
create index target_programme_territory_idx on target_programme (territory_code);

create table target_programme_measure (
    id           uuid primary key,
    programme_id uuid not null references target_programme (id) on delete cascade,
    position     integer not null,
    text         text not null check (length(text) between 1 and 2000),
    executor     text not null check (length(executor) between 1 and 300),
    due_on       date not null,
    state        text not null check (state in ('NOT_STARTED', 'IN_PROGRESS', 'DONE',
                     'CANCELLED')),
    unique (programme_id, position)
);

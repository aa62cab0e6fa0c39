-- Probation cases (учётные дела), their state history and the serials of their numbers.
create table probation_case (
    id                uuid primary key,
    case_number       text        not null check (case_number ~ '^[0-9]{2}-[0-9]{4}-[0-9]{6,}$'),
    person_id         uuid        not null references person (id),
    kind              text        not null check (kind in ('PRE_TRIAL', 'SENTENCE', 'PENITENTIARY',
                                                           'POST_PENITENTIARY')),
    legal_basis       text        not null check (legal_basis in (
                          'CONDITIONAL_SENTENCE', 'RESTRICTION_OF_FREEDOM', 'PAROLE',
                          'RELEASE_AFTER_SERVING', 'DEFERRED_SENTENCE', 'PRE_TRIAL_MEASURE',
                          'OTHER')),
    court_name        text                 check (length(court_name) between 1 and 300),
    decision_date     date,
    registration_date date        not null,
    planned_end_date  date                 check (planned_end_date > registration_date),
    release_date      date,
    territory_code    varchar(9)  not null references territory (code),
    officer_id        uuid        references app_user (id),
    state             text        not null check (state in ('PRE_RELEASE', 'ACTIVE', 'WANTED',
                                                            'SUSPENDED', 'CLOSED')),
    outcome           text                 check (outcome in ('COMPLETED', 'REVOKED',
                                                              'NEW_OFFENCE', 'TRANSFERRED',
                                                              'AMNESTY', 'DEATH')),
    state_since       date        not null check (state_since >= registration_date),
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    version           bigint      not null default 0,
    check ((state = 'CLOSED') = (outcome is not null))
);

create unique index probation_case_number_uq on probation_case (case_number);
-- One person cannot have two open cases of the same kind; the service says so first, this
-- index settles a race between two requests.
create unique index probation_case_one_open_per_kind_uq
    on probation_case (person_id, kind) where state <> 'CLOSED';
create index probation_case_person_idx on probation_case (person_id);
create index probation_case_territory_idx on probation_case (territory_code, state);
create index probation_case_officer_idx on probation_case (officer_id, state);
create index probation_case_listing_idx on probation_case (registration_date desc, case_number);

comment on table probation_case is 'Probation cases; owned by the register module';

-- Every change of state, with the reason given: the case's own history.
create table probation_case_transition (
    id          bigint generated always as identity primary key,
    case_id     uuid        not null references probation_case (id),
    from_state  text        not null,
    to_state    text        not null,
    on_date     date        not null,
    outcome     text,
    reason      text        not null check (length(reason) between 1 and 1000),
    recorded_by uuid,
    recorded_at timestamptz not null
);

create index probation_case_transition_case_idx on probation_case_transition (case_id, id);

-- The last serial used per region and year; incremented in the registering transaction.
create table probation_case_serial (
    region     varchar(2) not null check (region ~ '^[0-9]{2}$'),
    year       integer    not null,
    last_value bigint     not null,
    primary key (region, year)
);

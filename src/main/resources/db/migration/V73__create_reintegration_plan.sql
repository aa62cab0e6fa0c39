-- The individual reintegration plan (ИПР) of a case: due 3 working days after registration
-- (seed 001), one per case. Its actions name a domain, a goal, what is done, the organisation
-- responsible and a due date. States: DRAFT -> APPROVED -> UNDER_REVIEW -> APPROVED ... ->
-- CLOSED. first_approved_on is set once and never cleared: a plan under review or closed was
-- approved, which is what the INSTITUTIONAL "no plan" failure asks.
create table reintegration_plan (
    id                uuid        primary key,
    case_id           uuid        not null unique references probation_case (id),
    state             text        not null check (state in ('DRAFT', 'APPROVED', 'UNDER_REVIEW',
                                                            'CLOSED')),
    first_approved_on date,
    created_by        uuid        not null references app_user (id),
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    version           bigint      not null default 0,
    check (state = 'DRAFT' or state = 'CLOSED' or first_approved_on is not null)
);

create table plan_action (
    id                          uuid        primary key,
    plan_id                     uuid        not null references reintegration_plan (id),
    position                    int         not null,
    domain                      text        not null check (domain in ('LEGAL', 'HOUSING',
                                                'ECONOMIC', 'HEALTH', 'INSTITUTIONAL')),
    goal                        text        not null check (length(trim(goal)) between 1 and 500),
    action                      text        not null check (length(trim(action)) between 1 and 1000),
    responsible_organisation_id uuid        not null references organisation (id),
    due_on                      date        not null,
    status                      text        not null check (status in ('OPEN', 'DONE',
                                                                       'CANCELLED')),
    outcome                     text                 check (length(outcome) <= 1000),
    closed_on                   date,
    updated_by                  uuid        not null references app_user (id),
    updated_at                  timestamptz not null,
    unique (plan_id, position),
    check ((status = 'OPEN') = (closed_on is null)),
    check (status = 'OPEN' or length(trim(outcome)) > 0)
);

create index plan_action_organisation_idx on plan_action (responsible_organisation_id);

-- Every change of a plan's state, with who, when and why: the plan's history.
create table plan_transition (
    id         bigint      generated always as identity primary key,
    plan_id    uuid        not null references reintegration_plan (id),
    from_state text                 check (from_state in ('DRAFT', 'APPROVED', 'UNDER_REVIEW')),
    to_state   text        not null check (to_state in ('DRAFT', 'APPROVED', 'UNDER_REVIEW',
                                                        'CLOSED')),
    on_day     date        not null,
    note       text                 check (length(note) <= 1000),
    by_user    uuid        not null references app_user (id),
    at         timestamptz not null
);

create index plan_transition_plan_idx on plan_transition (plan_id, id);

-- Referrals of cases to organisations and their history. At most one referral per case,
-- domain and action is open at a time: re-evaluation never doubles a referral.
create table referral (
    id              uuid        primary key,
    case_id         uuid        not null references probation_case (id),
    domain          text        not null check (domain in ('LEGAL', 'HOUSING', 'ECONOMIC',
                                                           'HEALTH', 'INSTITUTIONAL')),
    action_code     text        not null check (action_code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    action_kk       text        not null,
    action_ru       text        not null,
    action_en       text        not null,
    organisation_id uuid        not null references organisation (id),
    priority        text        not null check (priority in ('URGENT', 'HIGH', 'NORMAL')),
    matrix_version  int                  references routing_matrix_version (version),
    risk_level      text                 check (risk_level in ('R1', 'R2', 'R3')),
    created_by      uuid                 references app_user (id),
    created_at      timestamptz not null,
    due_at          timestamptz not null,
    target_at       timestamptz,
    note            text                 check (length(note) <= 2000),
    state           text        not null check (state in ('SENT', 'ACCEPTED', 'IN_PROGRESS',
                                                          'DONE', 'DECLINED', 'IMPOSSIBLE')),
    state_at        timestamptz not null,
    outcome         text                 check (length(outcome) <= 2000),
    evidence        text                 check (length(evidence) <= 2000),
    confirmed_at    timestamptz,
    confirmed_by    uuid                 references app_user (id),
    version         bigint      not null default 0,
    check ((matrix_version is null) <> (created_by is null)),
    check (state in ('SENT', 'ACCEPTED', 'IN_PROGRESS') or outcome is not null),
    check ((state = 'DONE') = (evidence is not null)),
    check (confirmed_at is null or state = 'DONE')
);

create unique index referral_open_once on referral (case_id, domain, action_code)
    where state in ('SENT', 'ACCEPTED', 'IN_PROGRESS');
create index referral_inbox_idx on referral (organisation_id, state, due_at);
create index referral_case_idx on referral (case_id, created_at);
create index referral_open_due_idx on referral (due_at)
    where state in ('SENT', 'ACCEPTED', 'IN_PROGRESS');

create table referral_event (
    id          bigint      generated always as identity primary key,
    referral_id uuid        not null references referral (id),
    from_state  text,
    to_state    text        not null,
    at          timestamptz not null,
    by_user     uuid                 references app_user (id),
    note        text                 check (length(note) <= 2000)
);

create index referral_event_referral_idx on referral_event (referral_id, id);

-- Automatic routing, once per episode: a domain at a matrix level since a day gets each of the
-- level's actions once (the first router to insert the row routes). When no organisation of
-- the type serves the case's territory, the row stays without a referral: a routing gap, shown
-- to probation staff and retried by the routing sweep once an organisation is registered.
create table routing_trigger (
    case_id       uuid        not null references probation_case (id),
    domain        text        not null,
    action_code   text        not null,
    since         date        not null,
    level         text        not null check (level in ('R1', 'R2', 'R3')),
    target_type   text        not null,
    referral_id   uuid                 references referral (id),
    found_at      timestamptz not null,
    primary key (case_id, domain, action_code, since)
);

create index routing_trigger_gap_idx on routing_trigger (found_at) where referral_id is null;

-- Supervision of a probation case (issue 6, points 1 and 2): the append-only history of what
-- happened on the case (check-ins, home visits, violations, warnings, wanted, offences, court
-- submissions and decisions, requests for help), the duties the court imposed, the check-in
-- schedule with the check-ins it expects, and the "no contact" alerts raised by the sweep.

create table supervision_event (
    id            uuid primary key,
    case_id       uuid not null references probation_case (id),
    kind          varchar(30) not null,
    day           date not null,
    -- The kind's own choice: a check-in's or home visit's result, a violation's type, how a
    -- wanted person was found, a submission's kind, a court's decision, a request's topic.
    code          varchar(40),
    excuse_reason varchar(1000),
    article       varchar(100),
    -- A warning's violations, a decision's submission.
    related_ids   uuid[] not null default '{}',
    check_in_id   uuid,
    note          varchar(2000),
    recorded_by   uuid,
    recorded_at   timestamptz not null
);
create index supervision_event_case on supervision_event (case_id, day, recorded_at);
create index supervision_event_kind_day on supervision_event (kind, day);

create table supervision_duty (
    id          uuid primary key,
    case_id     uuid not null references probation_case (id),
    kind        varchar(40) not null,
    detail      varchar(1000),
    imposed_on  date not null,
    ended_on    date,
    recorded_by uuid,
    recorded_at timestamptz not null
);
create index supervision_duty_case on supervision_duty (case_id);

create table check_in_schedule (
    case_id        uuid primary key references probation_case (id),
    pattern        varchar(20) not null,
    interval_weeks integer,
    weekday        integer,
    month_days     integer[] not null default '{}',
    starts_on      date not null,
    version        bigint not null default 0,
    recorded_by    uuid,
    recorded_at    timestamptz not null
);

create table expected_check_in (
    id          uuid primary key,
    case_id     uuid not null references probation_case (id),
    due_on      date not null,
    -- EXPECTED until a result is recorded (ATTENDED, MISSED, EXCUSED) or the sweep flags it
    -- FLAGGED_MISSED after its day ended with none.
    state       varchar(20) not null default 'EXPECTED',
    event_id    uuid references supervision_event (id),
    flagged_at  timestamptz,
    unique (case_id, due_on)
);
create index expected_check_in_due on expected_check_in (state, due_on);

-- One alert per stretch of silence: a stretch is named by the day of the last contact before
-- it (the registration day when there was none), so two sweeps insert it once.
create table no_contact_alert (
    id         uuid primary key,
    case_id    uuid not null references probation_case (id),
    since_day  date not null,
    raised_on  date not null,
    days       integer not null,
    ended_on   date,
    unique (case_id, since_day)
);
create index no_contact_alert_open on no_contact_alert (case_id) where ended_on is null;

-- A decision of a meeting ("2.1"): what is to be done, by whom (the first responsible
-- organisation leads), by when, and how it stands. Every change of state keeps its evidence.
create table council_decision (
    id           uuid primary key,
    meeting_id   uuid not null references council_meeting (id),
    number       text not null check (number ~ '^[0-9]{1,3}(\.[0-9]{1,3}){0,3}$'),
    text         text not null check (length(text) between 1 and 4000),
    due_on       date not null,
    state        text not null check (state in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'NOT_DONE',
        'CANCELLED')),
    -- The day the decision was carried out (DONE) or closed otherwise, as recorded.
    closed_on    date,
    state_reason text check (length(state_reason) <= 2000),
    created_at   timestamptz not null,
    created_by   uuid references app_user (id),
    unique (meeting_id, number),
    check ((state in ('DONE', 'NOT_DONE', 'CANCELLED')) = (closed_on is not null))
);
create index council_decision_due_idx on council_decision (due_on) where state in ('NOT_STARTED', 'IN_PROGRESS');

create table council_decision_responsible (
    decision_id     uuid not null references council_decision (id),
    organisation_id uuid not null references organisation (id),
    ordinal         int  not null check (ordinal between 1 and 20),
    primary key (decision_id, organisation_id),
    unique (decision_id, ordinal)
);
create index council_decision_responsible_org_idx on council_decision_responsible (organisation_id);

create table council_decision_change (
    id              uuid primary key,
    decision_id     uuid not null references council_decision (id),
    from_state      text not null,
    to_state        text not null,
    effective_on    date not null,
    evidence        text not null check (length(evidence) between 1 and 4000),
    reason          text check (length(reason) <= 2000),
    file            bytea,
    file_name       text check (length(file_name) between 1 and 255),
    content_type    text,
    changed_at      timestamptz not null,
    changed_by      uuid references app_user (id),
    organisation_id uuid references organisation (id),
    check ((file is null) = (file_name is null) and (file is null) = (content_type is null))
);
create index council_decision_change_decision_idx on council_decision_change (decision_id, changed_at);

-- Reminders sent by the sweep, so that each goes once whichever node or run sends it first.
create table council_decision_reminder (
    decision_id uuid not null references council_decision (id),
    kind        text not null check (kind in ('BEFORE', 'OVERDUE')),
    sent_at     timestamptz not null,
    primary key (decision_id, kind)
);

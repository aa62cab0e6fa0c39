-- Action plans of the government and their monitoring (module actionplan, versions 140-149).
-- Nothing here names a person on probation: plans, measures, executor bodies and their reports.

-- A plan, e.g. decree No. 912 of 29.12.2016 for 2017-2019. Reports are asked for every
-- half-year from starts_on to ends_on; the final consolidated report is due on final_report_due.
create table action_plan (
    id               uuid primary key,
    code             text not null unique check (code ~ '^[a-z0-9-]{1,60}$'),
    title_kk         text not null check (length(title_kk) between 1 and 1000),
    title_ru         text not null check (length(title_ru) between 1 and 1000),
    title_en         text not null check (length(title_en) between 1 and 1000),
    approved_by_ru   text not null check (length(approved_by_ru) between 1 and 500),
    approved_by_kk   text not null check (length(approved_by_kk) between 1 and 500),
    amendment_note_ru text check (length(amendment_note_ru) <= 1000),
    amendment_note_kk text check (length(amendment_note_kk) <= 1000),
    starts_on        date not null,
    ends_on          date not null,
    final_report_due date not null,
    created_at       timestamptz not null,
    check (starts_on <= ends_on and ends_on < final_report_due)
);

-- The bodies a plan names as executors, as the plan names them: a ministry, "the akimats of the
-- regions and of the cities of Astana and Almaty", "NGOs". Jol's organisations that act for one
-- are linked to it in action_plan_executor_member (see docs/actionplan.md).
create table action_plan_executor (
    id        uuid primary key,
    plan_id   uuid not null references action_plan (id),
    code      text not null check (code ~ '^[A-Z0-9_]{1,30}$'),
    abbrev_kk text not null check (length(abbrev_kk) between 1 and 30),
    abbrev_ru text not null check (length(abbrev_ru) between 1 and 30),
    abbrev_en text not null check (length(abbrev_en) between 1 and 30),
    name_kk   text not null check (length(name_kk) between 1 and 500),
    name_ru   text not null check (length(name_ru) between 1 and 500),
    name_en   text not null check (length(name_en) between 1 and 500),
    unique (plan_id, code)
);

create table action_plan_executor_member (
    executor_id     uuid not null references action_plan_executor (id),
    organisation_id uuid not null references organisation (id),
    primary key (executor_id, organisation_id)
);
create index action_plan_executor_member_org_idx on action_plan_executor_member (organisation_id);

-- A measure of a plan. The deadline is kept both as the plan wrote it (deadline_text_ru) and
-- as a kind with its years and part (a quarter 1-4, a half 1-2), from which its last day follows.
create table action_plan_measure (
    id                 uuid primary key,
    plan_id            uuid not null references action_plan (id),
    number             int  not null check (number between 1 and 999),
    text_ru            text not null check (length(text_ru) between 1 and 4000),
    text_kk            text not null check (length(text_kk) between 1 and 4000),
    text_kk_official   boolean not null,
    completion_form_ru text not null check (length(completion_form_ru) between 1 and 500),
    completion_form_kk text not null check (length(completion_form_kk) between 1 and 500),
    deadline_kind      text not null check (deadline_kind in ('QUARTER', 'HALF_YEAR', 'YEAR', 'SPAN')),
    deadline_year      int  not null check (deadline_year between 2000 and 2100),
    deadline_part      int  check (deadline_part between 1 and 4),
    deadline_to_year   int  check (deadline_to_year between 2000 and 2100),
    deadline_text_ru   text not null check (length(deadline_text_ru) between 1 and 100),
    cost_ru            text not null check (length(cost_ru) between 1 and 500),
    cost_kk            text not null check (length(cost_kk) between 1 and 500),
    cost_thousand_tenge numeric(14, 1) check (cost_thousand_tenge >= 0),
    funding_source_ru  text check (length(funding_source_ru) <= 500),
    amendment_note_ru  text check (length(amendment_note_ru) <= 1000),
    unique (plan_id, number),
    check ((deadline_kind = 'QUARTER' and deadline_part between 1 and 4 and deadline_to_year is null)
        or (deadline_kind = 'HALF_YEAR' and deadline_part between 1 and 2 and deadline_to_year is null)
        or (deadline_kind = 'YEAR' and deadline_part is null and deadline_to_year is null)
        or (deadline_kind = 'SPAN' and deadline_part is null and deadline_to_year > deadline_year))
);

-- Who executes a measure: one LEAD («созыв», or the sole executor), the others CO_EXECUTOR;
-- by_agreement marks "(по согласованию)": a body outside the government's command.
create table action_plan_measure_executor (
    measure_id   uuid not null references action_plan_measure (id),
    executor_id  uuid not null references action_plan_executor (id),
    role         text not null check (role in ('LEAD', 'CO_EXECUTOR')),
    by_agreement boolean not null,
    position     int  not null check (position between 1 and 50),
    primary key (measure_id, executor_id),
    unique (measure_id, position)
);
create unique index action_plan_measure_one_lead on action_plan_measure_executor (measure_id)
    where role = 'LEAD';

-- An executor's half-year report on one measure; at most one per executor and half-year.
create table action_plan_report (
    id              uuid primary key,
    measure_id      uuid not null references action_plan_measure (id),
    executor_id     uuid not null references action_plan_executor (id),
    period_year     int  not null check (period_year between 2000 and 2100),
    period_half     int  not null check (period_half in (1, 2)),
    kind            text not null check (kind in ('EXECUTOR', 'CONSOLIDATED')),
    text            text not null check (length(text) between 1 and 8000),
    claimed_state   text not null check (claimed_state in ('NOT_STARTED', 'IN_PROGRESS', 'DONE')),
    due_on          date not null,
    filed_on        date not null,
    filed_at        timestamptz not null,
    filed_by        uuid not null references app_user (id),
    organisation_id uuid not null references organisation (id),
    unique (measure_id, executor_id, period_year, period_half, kind)
);
create index action_plan_report_period_idx on action_plan_report (period_year, period_half);

-- Reminders sent, so that the sweep sends each one once whatever the number of nodes or runs.
create table action_plan_reminder (
    measure_id  uuid not null references action_plan_measure (id),
    executor_id uuid not null references action_plan_executor (id),
    period_year int  not null,
    period_half int  not null,
    kind        text not null check (kind in ('BEFORE', 'AFTER')),
    sent_at     timestamptz not null,
    primary key (measure_id, executor_id, period_year, period_half, kind)
);

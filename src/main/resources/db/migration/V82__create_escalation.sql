-- SLA escalation (seed 001, section 3: эскалация). When an open referral passes its
-- deadline the SLA sweep opens an escalation to a body of the ladder's first level (the local
-- executive body's department) and to the head of the organisation that breached. The head
-- answers with the reason, corrective measures and a new deadline; when that deadline (or,
-- unanswered, the answer-by moment) passes with the referral still open, the next level is
-- escalated to.

-- The ladder: level n -> which body, found from the case's territory, and how long it has to
-- answer. Versioned like the routing matrix: an admin's change writes a whole new version; an
-- escalation names the version that opened it. The current ladder is the highest version.
create table escalation_ladder_version (
    version    int         primary key check (version > 0),
    created_by text        not null,
    created_at timestamptz not null,
    note       text        check (length(note) <= 1000)
);

create table escalation_ladder_step (
    version           int  not null references escalation_ladder_version (version),
    level             int  not null check (level between 1 and 10),
    reach             text not null check (reach in ('CASE_TERRITORY', 'REGION', 'REPUBLIC')),
    organisation_type text not null,
    answer_hours      int  not null check (answer_hours between 1 and 744),
    primary key (version, level)
);

-- Version 1: the district's akimat department, then the region's, then the ministry.
insert into escalation_ladder_version (version, created_by, created_at, note)
values (1, 'system', now(), 'Defaults: district akimat, region akimat, ministry');

insert into escalation_ladder_step (version, level, reach, organisation_type, answer_hours)
values (1, 1, 'CASE_TERRITORY', 'AKIMAT_DEPARTMENT', 48),
       (1, 2, 'REGION', 'AKIMAT_DEPARTMENT', 48),
       (1, 3, 'REPUBLIC', 'MINISTRY', 72);

-- One escalation per referral and level: the unique key is what makes two sweeps at once (two
-- nodes, or ShedLock's lock expired) open one escalation per breach.
create table escalation (
    id                        uuid        primary key,
    referral_id               uuid        not null references referral (id),
    case_id                   uuid        not null references probation_case (id),
    level                     int         not null check (level >= 1),
    ladder_version            int         not null references escalation_ladder_version (version),
    breached_organisation_id  uuid        not null references organisation (id),
    addressee_organisation_id uuid                 references organisation (id),
    officer_id                uuid                 references app_user (id),
    case_territory_code       varchar(9)  not null,
    missed_deadline           timestamptz not null,
    opened_at                 timestamptz not null,
    answer_by                 timestamptz not null,
    state                     text        not null check (state in ('OPEN', 'ANSWERED',
                                                                    'ESCALATED', 'CLOSED')),
    state_at                  timestamptz not null,
    reason                    text                 check (length(reason) <= 2000),
    measures                  text                 check (length(measures) <= 2000),
    new_deadline              timestamptz,
    answered_by               uuid                 references app_user (id),
    answered_at               timestamptz,
    version                   bigint      not null default 0,
    unique (referral_id, level),
    check ((answered_at is null) = (reason is null)),
    check ((answered_at is null) = (measures is null)),
    check ((answered_at is null) = (new_deadline is null)),
    check (state <> 'ANSWERED' or answered_at is not null)
);

create index escalation_live_idx on escalation (referral_id) where state in ('OPEN', 'ANSWERED');
create index escalation_addressee_idx on escalation (addressee_organisation_id, opened_at);
create index escalation_breached_idx on escalation (breached_organisation_id, opened_at);
create index escalation_territory_idx on escalation (case_territory_code, opened_at);
create index escalation_officer_idx on escalation (officer_id, opened_at);

create table escalation_event (
    id            bigint      generated always as identity primary key,
    escalation_id uuid        not null references escalation (id),
    from_state    text,
    to_state      text        not null,
    at            timestamptz not null,
    by_user       uuid                 references app_user (id),
    note          text                 check (length(note) <= 2000)
);

create index escalation_event_escalation_idx on escalation_event (escalation_id, id);

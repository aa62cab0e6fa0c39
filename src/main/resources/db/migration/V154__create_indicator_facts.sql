-- Issue 8, "Speed": the facts the heavy indicators count, kept per case and refreshed
-- incrementally (docs/indicators.md, "Precomputed facts"; docs/benchmarks.md, "Indicator
-- dashboards against their SQL floor").
--
-- The dashboards of five years read the register, reintegration, routing and supervision
-- tables again for every period and territory; on the national data that took minutes and held
-- the connection pool. These tables hold, per case, the few dated facts the figures count (day
-- 90 and its targets, day 180 and its reading, the closing day and outcome, the plan's closing,
-- each referral's sent, due and done days, closed R3 episodes, offences, requests for help,
-- declarations of wanted and granted court decisions, searches, employment spells), each with
-- the territory the case was in on the day that matters. They are derived data: every row can be rebuilt from the sources by
-- indicators_refresh_cases, and nothing else writes them.
--
-- Incremental: a statement-level trigger on every source table appends the ids of the cases a
-- statement touched to indicators_stale_case (an append-only log, so that writers never wait
-- for each other on it); the application rebuilds those cases' facts before it computes figures
-- and once a minute in the background (IndicatorFacts). The facts carry their dates and no
-- "today", so the rule of the figures stays as it was: a past period changes only with data
-- dated inside it.

create table indicators_stale_case (
    seq     bigint generated always as identity primary key,
    case_id uuid not null
);

comment on table indicators_stale_case is
    'Cases whose indicator facts must be rebuilt: appended by triggers, drained by IndicatorFacts';

-- indicators_case_territory (V151) per case, stored: where the case was on each day.
create table indicators_territory_spell (
    case_id        uuid       not null,
    territory_code varchar(9) not null,
    from_day       date       not null,
    to_day         date,
    primary key (case_id, from_day)
);

create table indicators_case_summary (
    case_id           uuid       primary key,
    registration_date date       not null,
    -- the closing day of a closed case (its state_since), null while it is open
    closed_on         date,
    outcome           text,
    territory_closed  varchar(9),
    -- closed COMPLETED or AMNESTY with no criminal or administrative offence and no violation
    -- from 1 January of the closing year to the closing day; null while open
    clean_in_year     boolean,
    day_90            date       not null,
    territory_90      varchar(9),
    -- not closed before day 90; the targets: the domain's latest score on or before day 90 is 2
    counted_90        boolean    not null,
    documents_90      boolean    not null,
    housing_90        boolean    not null,
    work_90           boolean    not null,
    day_180           date       not null,
    territory_180     varchar(9),
    -- not closed before day 180; successful: the official reading says so
    counted_180       boolean    not null,
    successful_180    boolean    not null,
    -- the plan, when closed: its (last) closing day, and every action done or cancelled with at
    -- least one done
    plan_closed_on    date,
    territory_plan    varchar(9),
    plan_carried_out  boolean
);

-- Each figure reads a range of days and the columns it counts: covering indexes, so that a
-- year of the national data is read from the index alone.
create index indicators_case_summary_day_90 on indicators_case_summary (day_90)
    include (territory_90, documents_90, housing_90, work_90) where counted_90;
create index indicators_case_summary_day_180 on indicators_case_summary (day_180)
    include (territory_180, successful_180) where counted_180;
create index indicators_case_summary_closed on indicators_case_summary (closed_on)
    include (territory_closed, outcome, clean_in_year) where closed_on is not null;
create index indicators_case_summary_plan on indicators_case_summary (plan_closed_on)
    include (territory_plan, plan_carried_out) where plan_closed_on is not null;

create table indicators_referral_fact (
    referral_id     uuid       primary key,
    case_id         uuid       not null,
    domain          text       not null,
    organisation_id uuid       not null,
    -- Almaty days of the due moment, the first SENT moment (or creation) and the first DONE
    -- moment (or the state's moment) of a referral now DONE
    due_day         date       not null,
    territory_due   varchar(9),
    met             boolean    not null,
    sent_day        date       not null,
    territory_sent  varchar(9),
    done_day        date,
    territory_done  varchar(9)
);

create index indicators_referral_fact_case on indicators_referral_fact (case_id);
create index indicators_referral_fact_due on indicators_referral_fact (due_day)
    include (territory_due, domain, organisation_id, met);
create index indicators_referral_fact_sent on indicators_referral_fact (sent_day)
    include (territory_sent);
create index indicators_referral_fact_done on indicators_referral_fact (done_day)
    include (territory_done, domain) where done_day is not null;

-- Closed R3 episodes (indicators_r3_episodes, V153).
create table indicators_r3_fact (
    case_id          uuid       not null,
    domain           text       not null,
    opened_on        date       not null,
    closed_on        date       not null,
    territory_closed varchar(9)
);

create index indicators_r3_fact_case on indicators_r3_fact (case_id);
create index indicators_r3_fact_closed on indicators_r3_fact (closed_on)
    include (territory_closed, opened_on);

-- Offences and violations, requests for help and declarations of wanted, and court decisions
-- granting a revocation or a replacement with imprisonment (with the submission's kind), with
-- the territory on the event's day.
create table indicators_event_fact (
    event_id        uuid       primary key,
    case_id         uuid       not null,
    kind            text       not null,
    submission_kind text,
    day             date       not null,
    territory_code  varchar(9)
);

create index indicators_event_fact_case on indicators_event_fact (case_id, day);
create index indicators_event_fact_day on indicators_event_fact (day)
    include (kind, submission_kind, territory_code, case_id);

-- Searches (control with the police): a case's n-th declaration of wanted ends with its n-th
-- end (supervision allows no second declaration while one is open), with the territory on the
-- day of the declaration; how it ended ('OTHER' when the end gives no way).
create table indicators_search_fact (
    case_id        uuid       not null,
    declared_on    date       not null,
    ended_on       date,
    found_how      text       not null,
    territory_code varchar(9)
);

create index indicators_search_fact_case on indicators_search_fact (case_id);
create index indicators_search_fact_declared on indicators_search_fact (declared_on);

-- The days on which the ECONOMIC domain's latest assessment scores 2 (employed): from the day
-- of such an assessment to the day of the next assessment of the domain, excluded.
create table indicators_employment_spell (
    case_id  uuid not null,
    from_day date not null,
    to_day   date,
    primary key (case_id, from_day)
);

-- Rebuilds every fact of the cases given (null: of every case). Each statement reads the
-- sources of those cases only, through their case_id indexes, and finds the territory of each
-- fact's day by joining the spells just stored (t_... below). Custom plans: "ids is null" folds
-- away, so that the whole-database build reads each table once (hash joins) instead of case by
-- case, the referrals' events excepted (above).
create function indicators_refresh_cases(ids uuid[]) returns void
    language plpgsql set plan_cache_mode = force_custom_plan as
$$
begin
    delete from indicators_territory_spell where ids is null or case_id = any(ids);
    delete from indicators_case_summary where ids is null or case_id = any(ids);
    delete from indicators_referral_fact where ids is null or case_id = any(ids);
    delete from indicators_r3_fact where ids is null or case_id = any(ids);
    delete from indicators_event_fact where ids is null or case_id = any(ids);
    delete from indicators_employment_spell where ids is null or case_id = any(ids);
    delete from indicators_search_fact where ids is null or case_id = any(ids);

    insert into indicators_territory_spell (case_id, territory_code, from_day, to_day)
    select t.case_id, t.territory_code, t.from_day, t.to_day
      from indicators_case_territory t
     where ids is null or t.case_id = any(ids);

    insert into indicators_case_summary (case_id, registration_date, closed_on, outcome,
        territory_closed, clean_in_year, day_90, territory_90, counted_90, documents_90,
        housing_90, work_90, day_180, territory_180, counted_180, successful_180, plan_closed_on,
        territory_plan, plan_carried_out)
    select c.case_id, c.registration_date, c.closed_on, c.outcome,
           t_closed.territory_code,
           case when c.closed_on is not null
                then c.outcome in ('COMPLETED', 'AMNESTY') and not exists (
                    select 1 from supervision_event_facts e
                     where e.case_id = c.case_id
                       and e.event_kind in ('CRIMINAL_OFFENCE', 'ADMIN_OFFENCE', 'VIOLATION')
                       and e.day between make_date(extract(year from c.closed_on)::int, 1, 1)
                                     and c.closed_on) end,
           t.day_90, t_90.territory_code, not t.ended_before,
           t.documents, t.housing, t.work,
           c.registration_date + 180,
           t_180.territory_code,
           c.closed_on is null or c.closed_on >= c.registration_date + 180,
           coalesce(r.successful, false),
           p.closed_on,
           t_plan.territory_code,
           case when p.plan_id is not null then p.actions_open = 0 and p.actions_done > 0 end
      from (select f.case_id, f.registration_date, f.outcome,
                   case when f.state = 'CLOSED' then f.state_since end as closed_on
              from register_case_facts f
             where ids is null or f.case_id = any(ids)) c
      join reintegration_day90_targets t on t.case_id = c.case_id
      left join indicators_day180_facts r on r.case_id = c.case_id
      left join lateral (
            select pl.id as plan_id,
                   (select max(pt.on_day) from plan_transition pt
                     where pt.plan_id = pl.id and pt.to_state = 'CLOSED') as closed_on,
                   (select count(*) from plan_action pa
                     where pa.plan_id = pl.id and pa.status = 'DONE') as actions_done,
                   (select count(*) from plan_action pa
                     where pa.plan_id = pl.id and pa.status = 'OPEN') as actions_open
              from reintegration_plan pl
             where pl.case_id = c.case_id and pl.state = 'CLOSED') p on true
      left join indicators_territory_spell t_closed
        on t_closed.case_id = c.case_id and t_closed.from_day <= c.closed_on
       and (t_closed.to_day is null or t_closed.to_day > c.closed_on)
       and (ids is null or t_closed.case_id = any(ids))
      left join indicators_territory_spell t_90
        on t_90.case_id = c.case_id and t_90.from_day <= t.day_90
       and (t_90.to_day is null or t_90.to_day > t.day_90)
       and (ids is null or t_90.case_id = any(ids))
      left join indicators_territory_spell t_180
        on t_180.case_id = c.case_id and t_180.from_day <= c.registration_date + 180
       and (t_180.to_day is null or t_180.to_day > c.registration_date + 180)
       and (ids is null or t_180.case_id = any(ids))
      left join indicators_territory_spell t_plan
        on t_plan.case_id = c.case_id and t_plan.from_day <= p.closed_on
       and (t_plan.to_day is null or t_plan.to_day > p.closed_on)
       and (ids is null or t_plan.case_id = any(ids));

    insert into indicators_referral_fact (referral_id, case_id, domain, organisation_id,
        due_day, territory_due, met, sent_day, territory_sent, done_day, territory_done)
    select m.referral_id, m.case_id, m.domain, m.organisation_id,
           m.due_day, t_due.territory_code,
           coalesce(m.done_at <= m.due_at, false),
           m.sent_day, t_sent.territory_code,
           m.done_day, t_done.territory_code
      from (select r.id as referral_id, r.case_id, r.domain, r.organisation_id, r.due_at,
                   d.done_at,
                   cast((r.due_at at time zone 'Asia/Almaty') as date) as due_day,
                   cast((coalesce(e.sent_at, r.created_at) at time zone 'Asia/Almaty') as date)
                       as sent_day,
                   cast((d.done_at at time zone 'Asia/Almaty') as date) as done_day
              from referral r
              -- each referral's first SENT and DONE moments through the events' referral
              -- index: a grouped pass over the events, which the whole-database build would
              -- prefer, made the planner read every event of the database for a few cases
              left join lateral (
                    select min(ev.at) filter (where ev.to_state = 'SENT') as sent_at,
                           min(ev.at) filter (where ev.to_state = 'DONE') as done_at
                      from referral_event ev
                     where ev.referral_id = r.id and ev.to_state in ('SENT', 'DONE')) e on true
              cross join lateral (
                    select case when r.state = 'DONE' then coalesce(e.done_at, r.state_at) end
                               as done_at) d
             where ids is null or r.case_id = any(ids)) m
      left join indicators_territory_spell t_due
        on t_due.case_id = m.case_id and t_due.from_day <= m.due_day
       and (t_due.to_day is null or t_due.to_day > m.due_day)
       and (ids is null or t_due.case_id = any(ids))
      left join indicators_territory_spell t_sent
        on t_sent.case_id = m.case_id and t_sent.from_day <= m.sent_day
       and (t_sent.to_day is null or t_sent.to_day > m.sent_day)
       and (ids is null or t_sent.case_id = any(ids))
      left join indicators_territory_spell t_done
        on t_done.case_id = m.case_id and t_done.from_day <= m.done_day
       and (t_done.to_day is null or t_done.to_day > m.done_day)
       and (ids is null or t_done.case_id = any(ids));

    insert into indicators_r3_fact (case_id, domain, opened_on, closed_on, territory_closed)
    select e.case_id, e.domain, e.opened_on, e.closed_on, t_closed.territory_code
      from indicators_r3_episodes e
      left join indicators_territory_spell t_closed
        on t_closed.case_id = e.case_id and t_closed.from_day <= e.closed_on
       and (t_closed.to_day is null or t_closed.to_day > e.closed_on)
       and (ids is null or t_closed.case_id = any(ids))
     where e.closed_on is not null and (ids is null or e.case_id = any(ids));

    insert into indicators_event_fact (event_id, case_id, kind, submission_kind, day,
        territory_code)
    select e.event_id, e.case_id, e.event_kind,
           case when e.event_kind = 'COURT_DECISION' then e.submission_kind end,
           e.day, t_day.territory_code
      from supervision_event_facts e
      left join indicators_territory_spell t_day
        on t_day.case_id = e.case_id and t_day.from_day <= e.day
       and (t_day.to_day is null or t_day.to_day > e.day)
       and (ids is null or t_day.case_id = any(ids))
     where (ids is null or e.case_id = any(ids))
       and (e.event_kind in ('CRIMINAL_OFFENCE', 'ADMIN_OFFENCE', 'VIOLATION', 'HELP_REQUEST',
                             'WANTED_DECLARED')
            or e.event_kind = 'COURT_DECISION' and e.court_decision = 'GRANTED'
               and e.submission_kind in ('REVOKE_CONDITIONAL_SENTENCE',
                                         'REPLACE_WITH_IMPRISONMENT'));

    insert into indicators_employment_spell (case_id, from_day, to_day)
    select s.case_id, s.assessed_on, s.next_day
      from (select d.case_id, d.assessed_on, d.score,
                   lead(d.assessed_on) over (partition by d.case_id order by d.assessed_on)
                       as next_day
              from (select distinct on (a.case_id, a.assessed_on) a.case_id, a.assessed_on,
                           a.score
                      from indicators_assessment_facts a
                     where a.domain = 'ECONOMIC' and (ids is null or a.case_id = any(ids))
                     order by a.case_id, a.assessed_on, a.id desc) d) s
     where s.score = 2;

    insert into indicators_search_fact (case_id, declared_on, ended_on, found_how,
        territory_code)
    select d.case_id, d.day, e.day, coalesce(e.found_how, 'OTHER'), t_day.territory_code
      from (select f.case_id, f.day,
                   row_number() over (partition by f.case_id order by f.day, f.event_id) as n
              from supervision_event_facts f
             where f.event_kind = 'WANTED_DECLARED'
               and (ids is null or f.case_id = any(ids))) d
      left join (select f.case_id, f.day, f.found_how,
                        row_number() over (partition by f.case_id order by f.day, f.event_id)
                            as n
                   from supervision_event_facts f
                  where f.event_kind = 'WANTED_ENDED'
                    and (ids is null or f.case_id = any(ids))) e
        on e.case_id = d.case_id and e.n = d.n
      left join indicators_territory_spell t_day
        on t_day.case_id = d.case_id and t_day.from_day <= d.day
       and (t_day.to_day is null or t_day.to_day > d.day)
       and (ids is null or t_day.case_id = any(ids));
end;
$$;

-- The triggers: each statement that writes a source table appends the cases it touched. The
-- argument is a query over the statement's rows ("changed", and "old_changed" for updates)
-- giving those cases' ids.
create function indicators_mark_stale() returns trigger language plpgsql as
$$
begin
    execute 'insert into indicators_stale_case (case_id) select distinct s.case_id from ('
        || tg_argv[0] || ') s where s.case_id is not null';
    return null;
end;
$$;

-- The register's cases: only the columns the facts read matter on an update (an officer's
-- assignment or a version bump touches nothing counted).
create trigger indicators_stale_case_insert after insert on probation_case
    referencing new table as changed for each statement
    execute function indicators_mark_stale('select c.id as case_id from changed c');
create trigger indicators_stale_case_update after update on probation_case
    referencing old table as old_changed new table as changed for each statement
    execute function indicators_mark_stale('
        select c.id as case_id from changed c join old_changed o on o.id = c.id
         where (c.state, c.outcome, c.state_since, c.registration_date, c.territory_code)
               is distinct from
               (o.state, o.outcome, o.state_since, o.registration_date, o.territory_code)');
create trigger indicators_stale_case_delete after delete on probation_case
    referencing old table as changed for each statement
    execute function indicators_mark_stale('select c.id as case_id from changed c');

-- The other sources. Supervision events are inserted by the million (check-ins): an insert
-- marks its case only for the kinds the facts read (a court decision reads its submission's
-- kind, a search its declaration and end); an update or a delete, rare, always does (the kind
-- itself may have changed).
do
$$
declare
    source record;
    operation text;
begin
    for source in
        select * from (values
            ('case_territory_history', 'select c.case_id from changed c'),
            ('official_reading', 'select c.case_id from changed c'),
            ('domain_assessment', 'select c.case_id from changed c'),
            ('domain_risk_change', 'select c.case_id from changed c'),
            ('reintegration_plan', 'select c.case_id from changed c'),
            ('plan_transition', 'select p.case_id from changed c
                                   join reintegration_plan p on p.id = c.plan_id'),
            ('plan_action', 'select p.case_id from changed c
                               join reintegration_plan p on p.id = c.plan_id'),
            ('referral', 'select c.case_id from changed c'),
            ('referral_event', 'select r.case_id from changed c
                                  join referral r on r.id = c.referral_id'),
            ('supervision_event', 'select c.case_id from changed c
                                    where c.kind in (''CRIMINAL_OFFENCE'', ''ADMIN_OFFENCE'',
                                        ''VIOLATION'', ''COURT_SUBMISSION'', ''COURT_DECISION'',
                                        ''HELP_REQUEST'', ''WANTED_DECLARED'', ''WANTED_ENDED'')'))
            as s(table_name, cases)
    loop
        foreach operation in array array['insert', 'update', 'delete']
        loop
            execute format(
                'create trigger %I after %s on %I referencing %s table as changed '
                    || 'for each statement execute function indicators_mark_stale(%L)',
                'indicators_stale_' || operation, operation, source.table_name,
                case when operation = 'delete' then 'old' else 'new' end,
                case when source.table_name = 'supervision_event' and operation <> 'insert'
                     then 'select c.case_id from changed c' else source.cases end);
        end loop;
    end loop;
end;
$$;

-- The facts of every case there is, built once here; from now on the triggers keep them.
select indicators_refresh_cases(null);

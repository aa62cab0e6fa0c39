-- Reporting contracts the indicators module needs beyond the other modules' own views. No
-- personal data: ids, codes, days, scores.

-- Where each case was on each day. The register keeps only the case's territory now
-- (probation_case.territory_code is overwritten when a case is transferred between districts),
-- so this history is written by a trigger on the register's table: a row from the registration
-- day, and a row from the Almaty day of the change (the row's own updated_at, which the
-- application writes from its clock) whenever the territory changes. Two changes on one day
-- keep the last. Figures of a past period therefore count a case where it was on the day that
-- matters, whatever happened later.
create table case_territory_history (
    case_id        uuid       not null references probation_case (id),
    from_day       date       not null,
    territory_code varchar(9) not null references territory (code),
    recorded_at    timestamptz not null,
    primary key (case_id, from_day)
);

comment on table case_territory_history is
    'The territory of each probation case by day; written by a trigger, read by indicators';

create function case_territory_history_record() returns trigger language plpgsql as
$$
declare
    effective date;
begin
    if tg_op = 'INSERT' then
        effective := new.registration_date;
    elsif new.territory_code is distinct from old.territory_code then
        effective := greatest(new.registration_date,
                              (new.updated_at at time zone 'Asia/Almaty')::date);
    else
        return new;
    end if;
    insert into case_territory_history (case_id, from_day, territory_code, recorded_at)
    values (new.id, effective, new.territory_code, coalesce(new.updated_at, now()))
    on conflict (case_id, from_day) do update
        set territory_code = excluded.territory_code, recorded_at = excluded.recorded_at;
    return new;
end;
$$;

create trigger case_territory_history_after_change
    after insert or update of territory_code on probation_case
    for each row execute function case_territory_history_record();

-- The cases registered before this migration: where they are now, from their registration day
-- (nothing earlier was kept).
insert into case_territory_history (case_id, from_day, territory_code, recorded_at)
select id, registration_date, territory_code, updated_at from probation_case;

-- Each stretch of days a case spent in one territory: from_day included, to_day excluded (null
-- while it is still there). The first stretch reaches back without limit, so that anything
-- dated before the registration day (a back-dated event) counts where the case was registered.
create view indicators_case_territory as
select h.case_id, h.territory_code,
       case when lag(h.from_day) over w is null then date '-infinity' else h.from_day end
           as from_day,
       lead(h.from_day) over w as to_day
  from case_territory_history h
window w as (partition by h.case_id order by h.from_day);

-- The day-180 official readings (reintegration's official_reading): stored once, never changed.
create view indicators_day180_facts as
select r.case_id, r.taken_on, r.successful
  from official_reading r;

-- Every domain assessment's score and the day it holds from (no facts, no evidence, no names).
create view indicators_assessment_facts as
select a.id, a.case_id, a.domain, a.score, a.assessed_on
  from domain_assessment a;

-- Each individual plan with the day it was (last) closed and its actions by status.
create view indicators_plan_facts as
select p.id as plan_id,
       p.case_id,
       (select max(t.on_day) from plan_transition t
         where t.plan_id = p.id and t.to_state = 'CLOSED') as closed_on,
       (select count(*) from plan_action a where a.plan_id = p.id and a.status = 'DONE')
           as actions_done,
       (select count(*) from plan_action a where a.plan_id = p.id and a.status = 'OPEN')
           as actions_open
  from reintegration_plan p
 where p.state = 'CLOSED';

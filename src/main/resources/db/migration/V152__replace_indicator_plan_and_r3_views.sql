-- Issue 8, "Speed": the same facts as before, computed by one pass over each table instead of a
-- correlated subquery per row, so that a dashboard reading five years of every region does not
-- evaluate a subquery for each plan and each risk change (docs/benchmarks.md, "Indicator
-- dashboards against their SQL floor").

-- Each individual plan with the day it was (last) closed and its actions by status (as V151).
create or replace view indicators_plan_facts as
select p.id as plan_id,
       p.case_id,
       t.closed_on,
       coalesce(a.actions_done, 0) as actions_done,
       coalesce(a.actions_open, 0) as actions_open
  from reintegration_plan p
  left join (select pt.plan_id, max(pt.on_day) as closed_on
               from plan_transition pt
              where pt.to_state = 'CLOSED'
              group by pt.plan_id) t on t.plan_id = p.id
  left join (select pa.plan_id,
                    count(*) filter (where pa.status = 'DONE') as actions_done,
                    count(*) filter (where pa.status = 'OPEN') as actions_open
               from plan_action pa
              group by pa.plan_id) a on a.plan_id = p.id
 where p.state = 'CLOSED';

-- The R3 episodes of reintegration_r3_episodes (V89), by window functions over the risk
-- history: an episode opens on a change to R3 from anything else and closes on the day of the
-- first later change (in the order of day and id) to a lower level; null while still open.
create view indicators_r3_episodes as
select s.case_id,
       s.domain,
       s.on_day as opened_on,
       s.closed_on
  from (select c.case_id, c.domain, c.risk, c.on_day,
               lag(c.risk) over w as previous_risk,
               min(c.on_day) filter (where c.risk <> 'R3')
                   over (w rows between 1 following and unbounded following) as closed_on
          from domain_risk_change c
        window w as (partition by c.case_id, c.domain order by c.on_day, c.id)) s
 where s.risk = 'R3' and s.previous_risk is distinct from 'R3';

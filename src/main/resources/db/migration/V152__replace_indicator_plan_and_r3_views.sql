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
               -- newest first: the previous change is the next row, the later changes are
               -- the rows before, so the running minimum is computed in one pass
               lead(c.risk) over w as previous_risk,
               min(c.on_day) filter (where c.risk <> 'R3')
                   over (w rows between unbounded preceding and 1 preceding) as closed_on
          from domain_risk_change c
        window w as (partition by c.case_id, c.domain order by c.on_day desc, c.id desc)) s
 where s.risk = 'R3' and s.previous_risk is distinct from 'R3';

-- The referral moments of routing_referral_facts (V88) that the dashboards count by (sent,
-- due, done), with the first SENT and DONE moments taken by one aggregate over the referrals'
-- events rather than a subquery per referral: a period's SLA compliance and services count
-- then read the events once.
create view indicators_referral_moments as
select r.id as referral_id,
       r.case_id,
       r.domain,
       r.organisation_id,
       r.due_at,
       coalesce(e.sent_at, r.created_at) as sent_at,
       case when r.state = 'DONE' then coalesce(e.done_at, r.state_at) end as done_at
  from referral r
  left join (select ev.referral_id,
                    min(ev.at) filter (where ev.to_state = 'SENT') as sent_at,
                    min(ev.at) filter (where ev.to_state = 'DONE') as done_at
               from referral_event ev
              where ev.to_state in ('SENT', 'DONE')
              group by ev.referral_id) e on e.referral_id = r.id;

-- Issue 8, "Speed", measured again (docs/benchmarks.md): V152's R3 episodes recomputed the
-- minimum over every later change for each row (a frame whose start moves has no running
-- form); newest first, the later changes are the rows before, and the minimum runs in one pass.
create or replace view indicators_r3_episodes as
select s.case_id,
       s.domain,
       s.on_day as opened_on,
       s.closed_on
  from (select c.case_id, c.domain, c.risk, c.on_day,
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

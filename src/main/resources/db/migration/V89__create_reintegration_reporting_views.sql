-- Reintegration's reporting contracts for the indicators module. No personal data.

-- The episodes in which a domain of a case stood at R3, from the risk history
-- (domain_risk_change). An episode opens on the day the domain's recorded risk changes to R3
-- and closes on the day of the first later change to a lower level; closed_on is null while it
-- is still open.
create view reintegration_r3_episodes as
select s.case_id,
       s.domain,
       s.on_day as opened_on,
       (select min(n.on_day) from domain_risk_change n
         where n.case_id = s.case_id and n.domain = s.domain and n.risk <> 'R3'
           and (n.on_day, n.id) > (s.on_day, s.id)) as closed_on
  from (select c.*, lag(c.risk) over (partition by c.case_id, c.domain
                                      order by c.on_day, c.id) as previous_risk
          from domain_risk_change c) s
 where s.risk = 'R3' and s.previous_risk is distinct from 'R3';

-- The day-90 targets (seed 001: Documents, Housing, Work) of every case: whether the LEGAL,
-- HOUSING and ECONOMIC domains were closed (scored 2) as of day 90, i.e. by the latest
-- assessment dated on or before registration + 90 days, and whether the case was still open
-- then (ended_before is true when it closed before day 90).
create view reintegration_day90_targets as
select c.case_id,
       c.registration_date + 90 as day_90,
       (c.state = 'CLOSED' and c.state_since < c.registration_date + 90) as ended_before,
       coalesce((select a.score = 2 from domain_assessment a
                  where a.case_id = c.case_id and a.domain = 'LEGAL'
                    and a.assessed_on <= c.registration_date + 90
                  order by a.assessed_on desc, a.id desc limit 1), false) as documents,
       coalesce((select a.score = 2 from domain_assessment a
                  where a.case_id = c.case_id and a.domain = 'HOUSING'
                    and a.assessed_on <= c.registration_date + 90
                  order by a.assessed_on desc, a.id desc limit 1), false) as housing,
       coalesce((select a.score = 2 from domain_assessment a
                  where a.case_id = c.case_id and a.domain = 'ECONOMIC'
                    and a.assessed_on <= c.registration_date + 90
                  order by a.assessed_on desc, a.id desc limit 1), false) as work
  from register_case_facts c;

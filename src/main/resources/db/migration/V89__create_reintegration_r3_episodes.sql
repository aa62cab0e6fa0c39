-- Reintegration's reporting contract for the indicators module: the episodes in which a
-- domain of a case stood at R3, from the risk history (domain_risk_change). An episode opens
-- on the day the domain's recorded risk changes to R3 and closes on the day of the first later
-- change to a lower level; closed_on is null while it is still open. No personal data.
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

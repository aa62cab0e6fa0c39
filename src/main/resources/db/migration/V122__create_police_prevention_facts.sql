-- The feed of "prevention measures by territory and period" (seed 000, block 2) for the
-- indicators: one row per measure, with no personal data — the precinct's territory, the
-- precinct, the kind, the day, how many persons it reached and how many violations it found.
create view police_prevention_facts as
select p.territory_code,
       m.precinct_id,
       p.number as precinct_number,
       m.kind as measure_kind,
       m.held_on as day,
       m.persons_reached,
       m.found_count
  from prevention_measure m
  join precinct p on p.id = m.precinct_id;

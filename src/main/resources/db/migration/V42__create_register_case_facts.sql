-- The register's reporting contract: one row per probation case with no personal data, for
-- the indicators module, which reads only views like this one and never the register's tables.
create view register_case_facts as
select c.id                as case_id,
       c.territory_code,
       c.kind,
       c.legal_basis,
       c.state,
       c.outcome,
       c.registration_date,
       c.release_date,
       c.state_since
  from probation_case c;

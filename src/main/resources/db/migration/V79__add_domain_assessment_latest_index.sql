-- The latest score of each domain of many cases at once (CaseloadStandings: the caseload page
-- and, above all, its export, issue 9 point 4: up to 300,000 cases in chunks of 1,000), read
-- from the index alone: DISTINCT ON (case_id, domain) in this order. Measured on the national
-- scale-1 data (docs/benchmarks.md): 170 ms per chunk of 1,000 open cases through
-- domain_assessment_case_idx, which visits every assessment row; 65 ms with this one.
-- Numbered at the end of reintegration's range: the table is created in V70.
create index domain_assessment_latest_idx
    on domain_assessment (case_id, domain, assessed_on desc, id desc) include (score);

-- Indexes for reading many cases' standing at once (the caseload page and, above all, its
-- export, issue 9 point 4: up to 300,000 cases in chunks of 1,000). Measured on the national
-- scale-1 data (docs/benchmarks.md): per chunk of 1,000 open cases the latest scores took
-- 170 ms and the last contacts 117 ms through the existing (case_id, day...) indexes, which
-- visit every assessment or event of the case in the table; with these the same queries read
-- the index alone (65 ms and 26 ms).

-- The latest score of each domain of a case: DISTINCT ON (case_id, domain) in this order.
create index domain_assessment_latest_idx
    on domain_assessment (case_id, domain, assessed_on desc, id desc) include (score);

-- The last contact of a case (an attended check-in or a home visit that found the person):
-- the predicate is the one of SupervisionRepository.lastContacts.
create index supervision_event_contact_idx on supervision_event (case_id, day)
    where (kind = 'CHECK_IN' and code = 'ATTENDED')
       or (kind = 'HOME_VISIT' and code = 'FOUND_AT_HOME');

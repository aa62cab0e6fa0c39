-- The last contact of many cases at once (an attended check-in or a home visit that found the
-- person; SupervisionRepository.lastContacts, whose predicate this is), for the caseload export
-- (issue 9 point 4): 117 ms per chunk of 1,000 cases through supervision_event_case, which
-- visits every event of the case; 26 ms from this partial index alone (national scale-1 data,
-- docs/benchmarks.md). Numbered at the end of supervision's range: the table is created in V110.
create index supervision_event_contact_idx on supervision_event (case_id, day)
    where (kind = 'CHECK_IN' and code = 'ATTENDED')
       or (kind = 'HOME_VISIT' and code = 'FOUND_AT_HOME');

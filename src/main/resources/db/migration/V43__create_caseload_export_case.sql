-- The cases of each caseload export (casework, issue 9 point 4; docs/adr/0012). The export's
-- one audit_event row (record_type CASELOAD_EXPORT, action EXPORT, record_id = export_id) says
-- who, when, which filter and how many; the ids of the cases written to the file are kept
-- here, one row per chunk of at most 1,000 ids, so that a national export of 300,000 cases
-- adds 300 small rows rather than 300,000 audit rows. "Which exports carried this case" is
-- answered through the GIN index: where case_ids @> array[:case]. Append-only like the trail.
create table caseload_export_case (
    export_id uuid   not null,
    chunk     int    not null,
    case_ids  uuid[] not null,
    primary key (export_id, chunk)
);

create index caseload_export_case_ids_idx on caseload_export_case using gin (case_ids);

create function caseload_export_case_refuse_change() returns trigger language plpgsql as
$$
begin
    raise exception 'the export audit is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger caseload_export_case_no_update_or_delete
    before update or delete on caseload_export_case
    for each row execute function caseload_export_case_refuse_change();

create trigger caseload_export_case_no_truncate
    before truncate on caseload_export_case
    for each statement execute function caseload_export_case_refuse_change();

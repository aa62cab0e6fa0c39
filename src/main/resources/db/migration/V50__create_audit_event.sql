-- Append-only trail of reads and writes of personal data. The application has no statement that
-- changes or deletes a row, and the triggers below refuse it for anyone who tries by hand.
create table audit_event (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz not null,
    user_id        uuid,
    username       text        not null,
    role           text        not null,
    record_type    text        not null,
    record_id      uuid        not null,
    action         text        not null check (action in ('VIEW', 'LIST', 'CREATE', 'UPDATE',
                                                          'TRANSITION', 'EXPORT')),
    detail         text,
    client_address text
);

create index audit_event_record_idx on audit_event (record_type, record_id, occurred_at desc);
create index audit_event_user_idx on audit_event (user_id, occurred_at desc);

create function audit_event_refuse_change() returns trigger language plpgsql as
$$
begin
    raise exception 'the audit trail is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_refuse_change();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_refuse_change();

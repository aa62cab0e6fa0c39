-- Idempotency keys of API writes (ADR 0008): the first request with a key inserts the row, runs
-- in the same transaction and stores its response before commit; a duplicate waits on the
-- primary key until then and is answered with the stored response. A row without a response
-- is never visible to others: only successful answers are committed. Rows expire after 24 h.
create table idempotency_key (
    client_id       uuid        not null references app_user (id),
    key             text        not null check (key ~ '^[!-~]{1,255}$'),
    method          text        not null,
    path            text        not null,
    request_hash    text        not null check (request_hash ~ '^[0-9a-f]{64}$'),
    response_status int                  check (response_status between 200 and 299),
    content_type    text,
    etag            text,
    response_body   bytea,
    created_at      timestamptz not null,
    expires_at      timestamptz not null,
    primary key (client_id, key)
);

create index idempotency_key_expiry_idx on idempotency_key (expires_at);

-- In-app notifications (module notification, versions 90-99). The text is stored as a message
-- key and its arguments and rendered in the reader's language when read.
create table notification (
    id           uuid primary key,
    recipient_id uuid        not null references app_user (id),
    kind         text        not null,
    message_key  text        not null check (length(message_key) between 1 and 200),
    message_args jsonb       not null default '[]' check (jsonb_typeof(message_args) = 'array'),
    link         text        check (length(link) <= 2000),
    created_at   timestamptz not null,
    read_at      timestamptz
);

-- A reader's list, newest first; and the unread count, which only scans unread rows.
create index notification_recipient_idx on notification (recipient_id, created_at desc);
create index notification_unread_idx on notification (recipient_id) where read_at is null;

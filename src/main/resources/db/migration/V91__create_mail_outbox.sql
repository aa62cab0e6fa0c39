-- E-mails to send, written in the transaction of the notification they carry, so that none is
-- lost while the mail server is down. The sender claims due rows with "for update skip locked".
create table mail_outbox (
    id              uuid primary key,
    notification_id uuid        references notification (id),
    recipient       text        not null,
    subject         text        not null,
    body            text        not null,
    state           text        not null default 'PENDING'
                                check (state in ('PENDING', 'SENT', 'FAILED')),
    attempts        integer     not null default 0 check (attempts >= 0),
    created_at      timestamptz not null,
    next_attempt_at timestamptz not null,
    last_error      text,
    sent_at         timestamptz,
    check ((state = 'SENT') = (sent_at is not null))
);

-- The sender's question: which pending mails are due?
create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where state = 'PENDING';
-- The administrator's: which mails fail?
create index mail_outbox_failing_idx on mail_outbox (created_at desc)
    where state = 'FAILED' or (state = 'PENDING' and attempts > 0);

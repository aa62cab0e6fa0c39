-- Proposals to improve legislation or practice (seed 002, seed 004) sent by an organisation of
-- Jol, and their fate once answered. territory_code is the author's territory when it was sent.
create table proposal (
    id              uuid primary key,
    author_org_id   uuid not null references organisation (id),
    addressee       text not null check (length(addressee) between 1 and 300),
    subject         text not null check (length(subject) between 1 and 500),
    body            text not null check (length(body) between 1 and 8000),
    sent_on         date not null,
    territory_code  varchar(9) not null references territory (code),
    fate            text not null check (fate in ('UNDER_CONSIDERATION', 'ACCEPTED',
                        'PARTLY_ACCEPTED', 'REJECTED')),
    answered_on     date,
    answer          text check (length(answer) <= 4000),
    recorded_by     uuid not null,
    recorded_at     timestamptz not null,
    version         integer not null default 0,
    check ((fate = 'UNDER_CONSIDERATION') = (answered_on is null)),
    check (answered_on is null or answered_on >= sent_on)
);
create index proposal_territory_idx on proposal (territory_code, sent_on);

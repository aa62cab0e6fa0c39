-- A meeting of an advisory body: planned, then held, with its agenda, who attended, and the
-- minutes (number, date and the signed file, kept in the database like every record of Jol).
create table council_meeting (
    id                   uuid primary key,
    body_id              uuid not null references advisory_body (id),
    meeting_on           date not null,
    place                text not null check (length(place) between 1 and 500),
    status               text not null check (status in ('PLANNED', 'HELD')),
    minutes_number       text check (length(minutes_number) between 1 and 50),
    minutes_on           date,
    minutes_file         bytea,
    minutes_file_name    text check (length(minutes_file_name) between 1 and 255),
    minutes_content_type text check (minutes_content_type in ('application/pdf',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document')),
    minutes_size         int check (minutes_size between 1 and 4194304),
    created_at           timestamptz not null,
    created_by           uuid references app_user (id),
    check ((minutes_file is null) = (minutes_file_name is null)
       and (minutes_file is null) = (minutes_content_type is null)
       and (minutes_file is null) = (minutes_size is null))
);
create index council_meeting_body_idx on council_meeting (body_id, meeting_on);

create table council_meeting_agenda_item (
    meeting_id uuid not null references council_meeting (id),
    ordinal    int  not null check (ordinal between 1 and 100),
    text       text not null check (length(text) between 1 and 2000),
    primary key (meeting_id, ordinal)
);

create table council_meeting_attendance (
    meeting_id uuid not null references council_meeting (id),
    member_id  uuid not null references advisory_body_member (id),
    primary key (meeting_id, member_id)
);

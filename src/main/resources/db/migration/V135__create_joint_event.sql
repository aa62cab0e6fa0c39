-- Joint events of the bodies of a territory (module interaction, registry part, versions 135-139;
-- seed 004): meetings, seminars, conferences, briefings, open days, public hearings, joint
-- prevention raids. Organisers and participants in Jol by organisation, others by name only.
-- Nothing here names a person on probation; citizens reached is a head count.
create table joint_event (
    id               uuid primary key,
    kind             text not null check (kind in ('MEETING', 'SEMINAR', 'CONFERENCE',
                         'BRIEFING', 'OPEN_DAY', 'PUBLIC_HEARING', 'JOINT_RAID', 'OTHER')),
    title            text not null check (length(title) between 1 and 300),
    held_on          date not null,
    territory_code   varchar(9) not null references territory (code),
    citizens_reached integer not null check (citizens_reached between 0 and 1000000),
    outcome          text check (length(outcome) <= 4000),
    recorded_by      uuid not null,
    recorded_at      timestamptz not null,
    version          integer not null default 0
);
create index joint_event_territory_idx on joint_event (territory_code, held_on);

-- An organisation of Jol that organised (ORGANISER) or took part in (PARTICIPANT) the event.
create table joint_event_organisation (
    event_id        uuid not null references joint_event (id) on delete cascade,
    organisation_id uuid not null references organisation (id),
    role            text not null check (role in ('ORGANISER', 'PARTICIPANT')),
    primary key (event_id, organisation_id)
);
create index joint_event_organisation_org_idx on joint_event_organisation (organisation_id);

-- A participant not in Jol (an NGO, a business, a school): its name as written.
create table joint_event_guest (
    event_id uuid not null references joint_event (id) on delete cascade,
    position integer not null,
    name     text not null check (length(name) between 1 and 300),
    primary key (event_id, position)
);

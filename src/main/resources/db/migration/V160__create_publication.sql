-- Published figure tables (issue 8, points 6 and 7). A publication is a table kind for a
-- territory and a period; each version freezes the counts computed when it was published, so
-- the public numbers never change under the reader. The raw counts stay here; the portal, the
-- open data and the public API read only the cells not marked hidden.
create table publication (
    id                 uuid primary key,
    table_kind         text        not null check (table_kind ~ '^[A-Z0-9_]{1,64}$'),
    territory_code     varchar(9)  not null references territory (code),
    period_from        date        not null,
    period_to          date        not null check (period_to >= period_from),
    state              text        not null check (state in ('PUBLISHED', 'WITHDRAWN')),
    latest_version     int         not null check (latest_version >= 1),
    first_published_at timestamptz not null,
    withdrawn_at       timestamptz,
    withdrawn_by       uuid,
    check ((state = 'WITHDRAWN') = (withdrawn_at is not null))
);

create index publication_state_idx on publication (state, first_published_at desc);

create table publication_version (
    publication_id uuid        not null references publication (id),
    version        int         not null check (version >= 1),
    title_kk       text        not null check (length(trim(title_kk)) between 1 and 200),
    title_ru       text        not null check (length(trim(title_ru)) between 1 and 200),
    title_en       text        not null check (length(trim(title_en)) between 1 and 200),
    note           text                 check (length(note) between 1 and 2000),
    minimum_cell   int         not null check (minimum_cell >= 1),
    columns        text[]      not null,
    share_column   text,
    published_at   timestamptz not null,
    published_by   uuid,
    primary key (publication_id, version)
);

-- One row per value of the table with its totals: a row key is a territory code or TOTAL, a
-- column key a column code or TOTAL.
create table publication_cell (
    publication_id  uuid    not null,
    version         int     not null,
    row_position    int     not null check (row_position >= 0),
    column_position int     not null check (column_position >= 0),
    row_key         text    not null,
    column_key      text    not null,
    raw_count       bigint  not null check (raw_count >= 0),
    hidden          boolean not null,
    primary key (publication_id, version, row_position, column_position),
    foreign key (publication_id, version) references publication_version (publication_id, version)
);

comment on table publication is 'Published figure tables; owned by the publication module';

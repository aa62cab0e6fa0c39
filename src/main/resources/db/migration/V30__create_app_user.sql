-- People who sign in. Each is bound to one organisation and one territory (the scope).
create table app_user (
    id              uuid primary key,
    username        text        not null check (username ~ '^[a-z0-9._-]{3,64}$'),
    password_hash   text        not null,
    full_name       text        not null check (length(trim(full_name)) > 0),
    role            text        not null check (role in ('PROBATION_OFFICER', 'PROBATION_HEAD',
                                                         'POLICE_INSPECTOR', 'AGENCY_WORKER',
                                                         'AGENCY_HEAD', 'ANALYST', 'PROSECUTOR',
                                                         'ADMIN')),
    organisation_id uuid        not null references organisation (id),
    territory_code  varchar(9)  not null references territory (code),
    enabled         boolean     not null default true,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    version         integer     not null default 0
);

create unique index app_user_username_uq on app_user (username);
create index app_user_organisation_idx on app_user (organisation_id);

-- ShedLock's table: a scheduled job runs on one Jol node at a time, whatever the number of nodes
-- on this database. A row per job name; lock_until is database time.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);

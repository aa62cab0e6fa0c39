-- A stamp that changes whenever the territory tree changes, by any path (import, migration, a
-- statement typed by hand). Nodes cache the tree in memory and reload it when the stamp they
-- hold differs from this one, so every node sees a change at its next read.
--
-- The stamp comes from a sequence, not a counter: a rolled-back change burns its value, so a
-- cache filled inside a transaction that later rolled back can never match again.
create sequence territory_revision_seq;

create table territory_revision (
    singleton boolean primary key default true check (singleton),
    revision  bigint  not null
);

insert into territory_revision (revision) values (nextval('territory_revision_seq'));

create function territory_revision_bump() returns trigger language plpgsql as
$$
begin
    update territory_revision set revision = nextval('territory_revision_seq');
    return null;
end;
$$;

create trigger territory_revision_after_change
    after insert or update or delete or truncate on territory
    for each statement execute function territory_revision_bump();

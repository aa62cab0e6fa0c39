-- The working-day calendar of Kazakhstan, per year. A year is known to Jol only when it has a
-- row in calendar_year; dates of unknown years are refused rather than guessed. calendar_day
-- holds the exceptions to "Monday to Friday is a working day": public holidays, weekdays off
-- (moved from a holiday on a weekend, or decreed) and weekend days made working by a decree.
create table calendar_year (
  year       integer primary key check (year between 2000 and 2100),
  -- Raised by every change of the year's days: optimistic locking for admins, and the stamp
  -- by which every node sees that its cached calendar is stale.
  version    bigint not null default 0,
  changed_at timestamptz not null default now()
);

create table calendar_day (
  day        date primary key,
  year       integer not null references calendar_year (year),
  kind       text not null check (kind in ('HOLIDAY', 'DAY_OFF', 'WORKING_DAY')),
  reason     text not null check (length(btrim(reason)) between 1 and 300),
  changed_by text not null,
  changed_at timestamptz not null default now(),
  constraint calendar_day_in_its_year check (extract(year from day) = year),
  constraint calendar_day_off_on_a_weekday
    check (kind <> 'DAY_OFF' or extract(isodow from day) < 6),
  constraint calendar_working_day_on_a_weekend
    check (kind <> 'WORKING_DAY' or extract(isodow from day) >= 6)
);

create index calendar_day_year on calendar_day (year);

-- Kazakhstan's calendar for 2024-2028 as computed by kz.jol.calendar.domain.KazakhstanHolidays
-- (CalendarApiTest.theSeededYearsAreWhatTheRulesSay checks that these rows equal the rules' output). Kurban Ait and the decreed
-- transfers are data: see KazakhstanHolidays.KURBAN_AIT and DECREED for their sources.

-- 2024
insert into calendar_year (year) values (2024);
insert into calendar_day (day, year, kind, reason, changed_by) values
  (date '2024-01-01', 2024, 'HOLIDAY', 'New Year', 'system'),
  (date '2024-01-02', 2024, 'HOLIDAY', 'New Year', 'system'),
  (date '2024-01-07', 2024, 'HOLIDAY', 'Orthodox Christmas', 'system'),
  (date '2024-03-08', 2024, 'HOLIDAY', 'International Women''s Day', 'system'),
  (date '2024-03-21', 2024, 'HOLIDAY', 'Nauryz', 'system'),
  (date '2024-03-22', 2024, 'HOLIDAY', 'Nauryz', 'system'),
  (date '2024-03-23', 2024, 'HOLIDAY', 'Nauryz', 'system'),
  (date '2024-03-25', 2024, 'DAY_OFF', 'Nauryz (2024-03-23) falls on a Saturday; the day off moves here', 'system'),
  (date '2024-05-01', 2024, 'HOLIDAY', 'Day of Unity of the People of Kazakhstan', 'system'),
  (date '2024-05-04', 2024, 'WORKING_DAY', 'Order of the Minister of Labour and Social Protection on transferring a day off in 2024: from Saturday 4 May to Wednesday 8 May', 'system'),
  (date '2024-05-07', 2024, 'HOLIDAY', 'Defender of the Fatherland Day', 'system'),
  (date '2024-05-08', 2024, 'DAY_OFF', 'Order of the Minister of Labour and Social Protection on transferring a day off in 2024: from Saturday 4 May to Wednesday 8 May', 'system'),
  (date '2024-05-09', 2024, 'HOLIDAY', 'Victory Day', 'system'),
  (date '2024-06-17', 2024, 'HOLIDAY', 'Kurban Ait', 'system'),
  (date '2024-07-06', 2024, 'HOLIDAY', 'Capital Day', 'system'),
  (date '2024-07-08', 2024, 'DAY_OFF', 'Capital Day (2024-07-06) falls on a Saturday; the day off moves here', 'system'),
  (date '2024-08-30', 2024, 'HOLIDAY', 'Constitution Day', 'system'),
  (date '2024-10-25', 2024, 'HOLIDAY', 'Republic Day', 'system'),
  (date '2024-12-16', 2024, 'HOLIDAY', 'Independence Day', 'system');

-- 2025
insert into calendar_year (year) values (2025);
insert into calendar_day (day, year, kind, reason, changed_by) values
  (date '2025-01-01', 2025, 'HOLIDAY', 'New Year', 'system'),
  (date '2025-01-02', 2025, 'HOLIDAY', 'New Year', 'system'),
  (date '2025-01-03', 2025, 'DAY_OFF', 'Order of the Minister of Labour and Social Protection on transferring a day off in 2025: from Sunday 5 January to Friday 3 January', 'system'),
  (date '2025-01-05', 2025, 'WORKING_DAY', 'Order of the Minister of Labour and Social Protection on transferring a day off in 2025: from Sunday 5 January to Friday 3 January', 'system'),
  (date '2025-01-07', 2025, 'HOLIDAY', 'Orthodox Christmas', 'system'),
  (date '2025-03-08', 2025, 'HOLIDAY', 'International Women''s Day', 'system'),
  (date '2025-03-10', 2025, 'DAY_OFF', 'International Women''s Day (2025-03-08) falls on a Saturday; the day off moves here', 'system'),
  (date '2025-03-21', 2025, 'HOLIDAY', 'Nauryz', 'system'),
  (date '2025-03-22', 2025, 'HOLIDAY', 'Nauryz', 'system'),
  (date '2025-03-23', 2025, 'HOLIDAY', 'Nauryz', 'system'),
  (date '2025-03-24', 2025, 'DAY_OFF', 'Nauryz (2025-03-22) falls on a Saturday; the day off moves here', 'system'),
  (date '2025-03-25', 2025, 'DAY_OFF', 'Nauryz (2025-03-23) falls on a Sunday; the day off moves here', 'system'),
  (date '2025-05-01', 2025, 'HOLIDAY', 'Day of Unity of the People of Kazakhstan', 'system'),
  (date '2025-05-07', 2025, 'HOLIDAY', 'Defender of the Fatherland Day', 'system'),
  (date '2025-05-09', 2025, 'HOLIDAY', 'Victory Day', 'system'),
  (date '2025-06-06', 2025, 'HOLIDAY', 'Kurban Ait', 'system'),
  (date '2025-07-06', 2025, 'HOLIDAY', 'Capital Day', 'system'),
  (date '2025-07-07', 2025, 'DAY_OFF', 'Capital Day (2025-07-06) falls on a Sunday; the day off moves here', 'system'),
  (date '2025-08-30', 2025, 'HOLIDAY', 'Constitution Day', 'system'),
  (date '2025-09-01', 2025, 'DAY_OFF', 'Constitution Day (2025-08-30) falls on a Saturday; the day off moves here', 'system'),
  (date '2025-10-25', 2025, 'HOLIDAY', 'Republic Day', 'system'),
  (date '2025-10-27', 2025, 'DAY_OFF', 'Republic Day (2025-10-25) falls on a Saturday; the day off moves here', 'system'),
  (date '2025-12-16', 2025, 'HOLIDAY', 'Independence Day', 'system');

-- 2026
insert into calendar_year (year) values (2026);
insert into calendar_day (day, year, kind, reason, changed_by) values
  (date '2026-01-01', 2026, 'HOLIDAY', 'New Year', 'system'),
  (date '2026-01-02', 2026, 'HOLIDAY', 'New Year', 'system'),
  (date '2026-01-07', 2026, 'HOLIDAY', 'Orthodox Christmas', 'system'),
  (date '2026-03-08', 2026, 'HOLIDAY', 'International Women''s Day', 'system'),
  (date '2026-03-09', 2026, 'DAY_OFF', 'International Women''s Day (2026-03-08) falls on a Sunday; the day off moves here', 'system'),
  (date '2026-03-21', 2026, 'HOLIDAY', 'Nauryz', 'system'),
  (date '2026-03-22', 2026, 'HOLIDAY', 'Nauryz', 'system'),
  (date '2026-03-23', 2026, 'HOLIDAY', 'Nauryz', 'system'),
  (date '2026-03-24', 2026, 'DAY_OFF', 'Nauryz (2026-03-21) falls on a Saturday; the day off moves here', 'system'),
  (date '2026-03-25', 2026, 'DAY_OFF', 'Nauryz (2026-03-22) falls on a Sunday; the day off moves here', 'system'),
  (date '2026-05-01', 2026, 'HOLIDAY', 'Day of Unity of the People of Kazakhstan', 'system'),
  (date '2026-05-07', 2026, 'HOLIDAY', 'Defender of the Fatherland Day', 'system'),
  (date '2026-05-09', 2026, 'HOLIDAY', 'Victory Day', 'system'),
  (date '2026-05-11', 2026, 'DAY_OFF', 'Victory Day (2026-05-09) falls on a Saturday; the day off moves here', 'system'),
  (date '2026-05-27', 2026, 'HOLIDAY', 'Kurban Ait', 'system'),
  (date '2026-07-06', 2026, 'HOLIDAY', 'Capital Day', 'system'),
  (date '2026-08-30', 2026, 'HOLIDAY', 'Constitution Day', 'system'),
  (date '2026-08-31', 2026, 'DAY_OFF', 'Constitution Day (2026-08-30) falls on a Sunday; the day off moves here', 'system'),
  (date '2026-10-25', 2026, 'HOLIDAY', 'Republic Day', 'system'),
  (date '2026-10-26', 2026, 'DAY_OFF', 'Republic Day (2026-10-25) falls on a Sunday; the day off moves here', 'system'),
  (date '2026-12-16', 2026, 'HOLIDAY', 'Independence Day', 'system');

-- 2027
insert into calendar_year (year) values (2027);
insert into calendar_day (day, year, kind, reason, changed_by) values
  (date '2027-01-01', 2027, 'HOLIDAY', 'New Year', 'system'),
  (date '2027-01-02', 2027, 'HOLIDAY', 'New Year', 'system'),
  (date '2027-01-04', 2027, 'DAY_OFF', 'New Year (2027-01-02) falls on a Saturday; the day off moves here', 'system'),
  (date '2027-01-07', 2027, 'HOLIDAY', 'Orthodox Christmas', 'system'),
  (date '2027-03-08', 2027, 'HOLIDAY', 'International Women''s Day', 'system'),
  (date '2027-03-21', 2027, 'HOLIDAY', 'Nauryz', 'system'),
  (date '2027-03-22', 2027, 'HOLIDAY', 'Nauryz', 'system'),
  (date '2027-03-23', 2027, 'HOLIDAY', 'Nauryz', 'system'),
  (date '2027-03-24', 2027, 'DAY_OFF', 'Nauryz (2027-03-21) falls on a Sunday; the day off moves here', 'system'),
  (date '2027-05-01', 2027, 'HOLIDAY', 'Day of Unity of the People of Kazakhstan', 'system'),
  (date '2027-05-03', 2027, 'DAY_OFF', 'Day of Unity of the People of Kazakhstan (2027-05-01) falls on a Saturday; the day off moves here', 'system'),
  (date '2027-05-07', 2027, 'HOLIDAY', 'Defender of the Fatherland Day', 'system'),
  (date '2027-05-09', 2027, 'HOLIDAY', 'Victory Day', 'system'),
  (date '2027-05-10', 2027, 'DAY_OFF', 'Victory Day (2027-05-09) falls on a Sunday; the day off moves here', 'system'),
  (date '2027-05-16', 2027, 'HOLIDAY', 'Kurban Ait', 'system'),
  (date '2027-07-06', 2027, 'HOLIDAY', 'Capital Day', 'system'),
  (date '2027-08-30', 2027, 'HOLIDAY', 'Constitution Day', 'system'),
  (date '2027-10-25', 2027, 'HOLIDAY', 'Republic Day', 'system'),
  (date '2027-12-16', 2027, 'HOLIDAY', 'Independence Day', 'system');

-- 2028
insert into calendar_year (year) values (2028);
insert into calendar_day (day, year, kind, reason, changed_by) values
  (date '2028-01-01', 2028, 'HOLIDAY', 'New Year', 'system'),
  (date '2028-01-02', 2028, 'HOLIDAY', 'New Year', 'system'),
  (date '2028-01-03', 2028, 'DAY_OFF', 'New Year (2028-01-01) falls on a Saturday; the day off moves here', 'system'),
  (date '2028-01-04', 2028, 'DAY_OFF', 'New Year (2028-01-02) falls on a Sunday; the day off moves here', 'system'),
  (date '2028-01-07', 2028, 'HOLIDAY', 'Orthodox Christmas', 'system'),
  (date '2028-03-08', 2028, 'HOLIDAY', 'International Women''s Day', 'system'),
  (date '2028-03-21', 2028, 'HOLIDAY', 'Nauryz', 'system'),
  (date '2028-03-22', 2028, 'HOLIDAY', 'Nauryz', 'system'),
  (date '2028-03-23', 2028, 'HOLIDAY', 'Nauryz', 'system'),
  (date '2028-05-01', 2028, 'HOLIDAY', 'Day of Unity of the People of Kazakhstan', 'system'),
  (date '2028-05-05', 2028, 'HOLIDAY', 'Kurban Ait', 'system'),
  (date '2028-05-07', 2028, 'HOLIDAY', 'Defender of the Fatherland Day', 'system'),
  (date '2028-05-08', 2028, 'DAY_OFF', 'Defender of the Fatherland Day (2028-05-07) falls on a Sunday; the day off moves here', 'system'),
  (date '2028-05-09', 2028, 'HOLIDAY', 'Victory Day', 'system'),
  (date '2028-07-06', 2028, 'HOLIDAY', 'Capital Day', 'system'),
  (date '2028-08-30', 2028, 'HOLIDAY', 'Constitution Day', 'system'),
  (date '2028-10-25', 2028, 'HOLIDAY', 'Republic Day', 'system'),
  (date '2028-12-16', 2028, 'HOLIDAY', 'Independence Day', 'system'),
  (date '2028-12-18', 2028, 'DAY_OFF', 'Independence Day (2028-12-16) falls on a Saturday; the day off moves here', 'system');

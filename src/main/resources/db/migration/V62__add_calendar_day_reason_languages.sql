-- The reason of a calendar entry in Kazakh and Russian beside the English one. reason stays as
-- it was: the English text, or the one text an admin gave for every language; a null
-- reason_kk/reason_ru shows reason instead. The rows the rules wrote (V61, and years added later
-- from the same rules) get the official names of the holidays (Law "On holidays in the Republic
-- of Kazakhstan") and of the decreed transfers, worded as kz.jol.calendar.domain
-- .KazakhstanHolidays words them, so that CalendarApiTest still finds the rows equal to the rules.
alter table calendar_day
  add column reason_kk text check (length(btrim(reason_kk)) between 1 and 300),
  add column reason_ru text check (length(btrim(reason_ru)) between 1 and 300);

create temporary table holiday_name (en text primary key, kk text not null, ru text not null)
  on commit drop;
insert into holiday_name (en, kk, ru) values
  ('New Year', 'Жаңа жыл', 'Новый год'),
  ('Orthodox Christmas', 'Православиелік Рождество', 'Православное Рождество'),
  ('International Women''s Day', 'Халықаралық әйелдер күні', 'Международный женский день'),
  ('Nauryz', 'Наурыз мейрамы', 'Наурыз мейрамы'),
  ('Day of Unity of the People of Kazakhstan', 'Қазақстан халқының бірлігі мерекесі',
   'Праздник единства народа Казахстана'),
  ('Defender of the Fatherland Day', 'Отан қорғаушы күні', 'День защитника Отечества'),
  ('Victory Day', 'Жеңіс күні', 'День Победы'),
  ('Capital Day', 'Астана күні', 'День столицы'),
  ('Constitution Day', 'Конституция күні', 'День Конституции'),
  ('Republic Day', 'Республика күні', 'День Республики'),
  ('Independence Day', 'Тәуелсіздік күні', 'День Независимости'),
  ('Kurban Ait', 'Құрбан айт', 'Курбан айт');

-- The holidays themselves.
update calendar_day d
   set reason_kk = n.kk, reason_ru = n.ru
  from holiday_name n
 where d.kind = 'HOLIDAY' and d.reason = n.en;

-- A weekday off that a holiday on a Saturday or Sunday moved to, e.g.
-- 'Nauryz (2024-03-23) falls on a Saturday; the day off moves here'.
with moved as (
  select day,
         substring(reason from '^(.*) \(\d{4}-\d{2}-\d{2}\) falls on a ') as name,
         to_date(substring(reason from '\((\d{4}-\d{2}-\d{2})\)'), 'YYYY-MM-DD') as holiday,
         substring(reason from 'falls on a (Saturday|Sunday);') = 'Saturday' as saturday
    from calendar_day
   where kind = 'DAY_OFF'
     and reason ~ '^.* \(\d{4}-\d{2}-\d{2}\) falls on a (Saturday|Sunday); the day off moves here$'
)
update calendar_day d
   set reason_kk = n.kk || ' (' || to_char(m.holiday, 'DD.MM.YYYY') || ') '
         || case when m.saturday then 'сенбіге' else 'жексенбіге' end
         || ' сәйкес келеді; демалыс күні осы күнге ауыстырылады',
       reason_ru = n.ru || ' (' || to_char(m.holiday, 'DD.MM.YYYY') || ') выпадает на '
         || case when m.saturday then 'субботу' else 'воскресенье' end
         || '; выходной день переносится на этот день'
  from moved m join holiday_name n on n.en = m.name
 where d.day = m.day;

-- The decreed transfers Jol ships with (KazakhstanHolidays.DECREED).
update calendar_day
   set reason_kk = 'Еңбек және халықты әлеуметтік қорғау министрінің 2024 жылы демалыс күнін '
         || 'ауыстыру туралы бұйрығы: 4 мамыр, сенбіден 8 мамыр, сәрсенбіге',
       reason_ru = 'Приказ Министра труда и социальной защиты населения о переносе выходного '
         || 'дня в 2024 году: с субботы 4 мая на среду 8 мая'
 where reason = 'Order of the Minister of Labour and Social Protection on transferring a day off '
         || 'in 2024: from Saturday 4 May to Wednesday 8 May';

update calendar_day
   set reason_kk = 'Еңбек және халықты әлеуметтік қорғау министрінің 2025 жылы демалыс күнін '
         || 'ауыстыру туралы бұйрығы: 5 қаңтар, жексенбіден 3 қаңтар, жұмаға',
       reason_ru = 'Приказ Министра труда и социальной защиты населения о переносе выходного '
         || 'дня в 2025 году: с воскресенья 5 января на пятницу 3 января'
 where reason = 'Order of the Minister of Labour and Social Protection on transferring a day off '
         || 'in 2025: from Sunday 5 January to Friday 3 January';

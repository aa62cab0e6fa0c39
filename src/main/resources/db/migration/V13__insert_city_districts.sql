-- The districts (аудан / район) of the three cities of republican significance.
--
-- In КАТО a city of republican significance has its districts at level 2 with the code
-- AB CD 10 000 (AB the city, CD the district): Astana 711110000 ... 711610000, Almaty
-- 751110000 ... 751910000, Shymkent 791110000 ... 791910000.
--
-- Sources, each code confirmed in two independent places:
--  * a public script generating city-district pages from KATO NK RK 11-2025 (all 19 codes with
--    their names);
--  * a public population script over the KATO edition of 18.09.2026 (Astana 711110000,
--    711210000, 711510000, 711610000; Shymkent 791110000, 791310000, 791510000, 791710000,
--    791910000) — it also records that Saraishyk (711610000) was split off the Almaty district
--    on 29 January 2025;
--  * public tender and school-admission code tables (Almaty 751110000 ... 751910000; Astana
--    711310000) and an Astana district map (711110000 ... 711510000).
-- None of the 19 codes is unconfirmed.
insert into territory (code, parent_code, kind, name_kk, name_ru, name_en) values
  ('711110000', '710000000', 'CITY_DISTRICT', 'Алматы ауданы', 'район Алматы', 'Almaty District'),
  ('711210000', '710000000', 'CITY_DISTRICT', 'Есіл ауданы', 'район Есиль', 'Esil District'),
  ('711310000', '710000000', 'CITY_DISTRICT', 'Сарыарқа ауданы', 'район Сарыарка', 'Saryarka District'),
  ('711410000', '710000000', 'CITY_DISTRICT', 'Байқоңыр ауданы', 'район Байконыр', 'Baikonur District'),
  ('711510000', '710000000', 'CITY_DISTRICT', 'Нұра ауданы', 'район Нура', 'Nura District'),
  ('711610000', '710000000', 'CITY_DISTRICT', 'Сарайшық ауданы', 'район Сарайшык', 'Saraishyk District'),

  ('751110000', '750000000', 'CITY_DISTRICT', 'Алмалы ауданы', 'Алмалинский район', 'Almaly District'),
  ('751210000', '750000000', 'CITY_DISTRICT', 'Алатау ауданы', 'Алатауский район', 'Alatau District'),
  ('751310000', '750000000', 'CITY_DISTRICT', 'Әуезов ауданы', 'Ауэзовский район', 'Auezov District'),
  ('751410000', '750000000', 'CITY_DISTRICT', 'Бостандық ауданы', 'Бостандыкский район',
   'Bostandyk District'),
  ('751510000', '750000000', 'CITY_DISTRICT', 'Жетісу ауданы', 'Жетысуский район', 'Zhetysu District'),
  ('751710000', '750000000', 'CITY_DISTRICT', 'Медеу ауданы', 'Медеуский район', 'Medeu District'),
  ('751810000', '750000000', 'CITY_DISTRICT', 'Наурызбай ауданы', 'Наурызбайский район',
   'Nauryzbay District'),
  ('751910000', '750000000', 'CITY_DISTRICT', 'Түрксіб ауданы', 'Турксибский район', 'Turksib District'),

  ('791110000', '790000000', 'CITY_DISTRICT', 'Абай ауданы', 'Абайский район', 'Abai District'),
  ('791310000', '790000000', 'CITY_DISTRICT', 'Әл-Фараби ауданы', 'Аль-Фарабийский район',
   'Al-Farabi District'),
  ('791510000', '790000000', 'CITY_DISTRICT', 'Еңбекші ауданы', 'Енбекшинский район', 'Enbekshi District'),
  ('791710000', '790000000', 'CITY_DISTRICT', 'Қаратау ауданы', 'Каратауский район', 'Karatau District'),
  ('791910000', '790000000', 'CITY_DISTRICT', 'Тұран ауданы', 'район Туран', 'Turan District');

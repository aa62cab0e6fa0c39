-- The 17 regions (облыс / область) and the 3 cities of republican significance, directly under
-- the republic.
--
-- Codes: КАТО, the classifier of administrative-territorial objects (НК РК 11, Bureau of National
-- Statistics, stat.gov.kz/ru/classifiers/statistical/21). A level-1 unit's 9-digit code is its
-- two-digit region code (AB) followed by seven zeros. The two digits are also the unit's
-- ISO 3166-2:KZ code (numeric since the 2023 ISO update that added Abai, Zhetysu and Ulytau).
--
-- Checked against: the region list of the KATO editions of 17.10.2022 and 18.09.2026 as
-- shipped in public repositories (e.g. nikita-astakhnovich-idf/CsvParser,
-- src/main/resources/KATO_17.10.2022_ru.csv, whose rows 610000000 "Туркестанская область" and
-- 110000000 "Акмолинская область" show the level-1 form), and the ISO 3166-2:KZ list in
-- stumpylog/simpleiso3166 (src/simpleiso3166/subdivisions/data/KZ.py, KZ-10 ... KZ-79).
-- All 20 codes were confirmed in at least two sources; none is unconfirmed.
--
-- Names: the official names in Kazakh, in Russian (the 2022 regions are officially "область
-- Абай", "область Жетісу", "область Ұлытау"), and the English forms used in SPEC.md.
insert into territory (code, parent_code, kind, name_kk, name_ru, name_en, iso_code) values
  ('100000000', '000000000', 'REGION', 'Абай облысы', 'область Абай', 'Abai Region', 'KZ-10'),
  ('110000000', '000000000', 'REGION', 'Ақмола облысы', 'Акмолинская область', 'Akmola Region', 'KZ-11'),
  ('150000000', '000000000', 'REGION', 'Ақтөбе облысы', 'Актюбинская область', 'Aktobe Region', 'KZ-15'),
  ('190000000', '000000000', 'REGION', 'Алматы облысы', 'Алматинская область', 'Almaty Region', 'KZ-19'),
  ('230000000', '000000000', 'REGION', 'Атырау облысы', 'Атырауская область', 'Atyrau Region', 'KZ-23'),
  ('270000000', '000000000', 'REGION', 'Батыс Қазақстан облысы', 'Западно-Казахстанская область',
   'West Kazakhstan Region', 'KZ-27'),
  ('310000000', '000000000', 'REGION', 'Жамбыл облысы', 'Жамбылская область', 'Zhambyl Region', 'KZ-31'),
  ('330000000', '000000000', 'REGION', 'Жетісу облысы', 'область Жетісу', 'Zhetysu Region', 'KZ-33'),
  ('350000000', '000000000', 'REGION', 'Қарағанды облысы', 'Карагандинская область', 'Karaganda Region',
   'KZ-35'),
  ('390000000', '000000000', 'REGION', 'Қостанай облысы', 'Костанайская область', 'Kostanay Region',
   'KZ-39'),
  ('430000000', '000000000', 'REGION', 'Қызылорда облысы', 'Кызылординская область', 'Kyzylorda Region',
   'KZ-43'),
  ('470000000', '000000000', 'REGION', 'Маңғыстау облысы', 'Мангистауская область', 'Mangystau Region',
   'KZ-47'),
  ('550000000', '000000000', 'REGION', 'Павлодар облысы', 'Павлодарская область', 'Pavlodar Region',
   'KZ-55'),
  ('590000000', '000000000', 'REGION', 'Солтүстік Қазақстан облысы', 'Северо-Казахстанская область',
   'North Kazakhstan Region', 'KZ-59'),
  ('610000000', '000000000', 'REGION', 'Түркістан облысы', 'Туркестанская область', 'Turkistan Region',
   'KZ-61'),
  ('620000000', '000000000', 'REGION', 'Ұлытау облысы', 'область Ұлытау', 'Ulytau Region', 'KZ-62'),
  ('630000000', '000000000', 'REGION', 'Шығыс Қазақстан облысы', 'Восточно-Казахстанская область',
   'East Kazakhstan Region', 'KZ-63'),
  ('710000000', '000000000', 'CITY_OF_REPUBLICAN_SIGNIFICANCE', 'Астана қаласы', 'город Астана', 'Astana',
   'KZ-71'),
  ('750000000', '000000000', 'CITY_OF_REPUBLICAN_SIGNIFICANCE', 'Алматы қаласы', 'город Алматы', 'Almaty',
   'KZ-75'),
  ('790000000', '000000000', 'CITY_OF_REPUBLICAN_SIGNIFICANCE', 'Шымкент қаласы', 'город Шымкент',
   'Shymkent', 'KZ-79');

-- Karaganda region (350000000) as it is since the 2022 split that moved Zhezkazgan, Karazhal,
-- Satpayev and the Zhanaarka and Ulytau districts into the new Ulytau region (62): 6 cities of
-- regional significance and 7 districts, the level-2 units of КАТО.
--
-- A level-2 code is AB CD 00 000: region AB, unit CD. For a city of regional significance KATO
-- lists the city administration (Г.А.) at level 2 and the city itself one level down at
-- AB CD 10 000 (e.g. 351000000 "Караганды Г.А." and 351010000 "г.Караганда"); Jol keeps the
-- level-2 code, which is the unit that has districts, akimats and statistics.
--
-- Sources, each code confirmed in two independent places:
--  1. the level-2 prefixes of Karaganda region in a public report script over KATO codes
--     (3510 Караганда, 3516 Балхаш, 3521 Приозерск, 3522 Сарань, 3524 Темиртау, 3528 Шахтинск,
--     3532 Абайский, 3536 Актогайский, 3540 Бухар-Жырауский, 3548 Каркаралинский, 3552 Нуринский,
--     3556 Осакаровский, 3564 Шетский; 3518/3520/3523/3544/3560 are the units now in Ulytau);
--  2. the 9-digit codes of the cities and district centres in public copies of KATO
--     (NK RK 11-2025 city table: 351010000 Караганда, 351610000 Балхаш, 352110000 Приозерск,
--     352210000 Сарань, 352410000 Темиртау, 352810000 Шахтинск, 353220100 Абай,
--     354820100 Каркаралинск; settlement tables: 353630100 Актогай, 354030100 Ботакара,
--     355230100 Нура, 355630100 Осакаровка, 356430100 Аксу-Аюлы), whose first four digits
--     place each in its unit;
--  3. the list of Karaganda region units of the state property register (gosreestr.kz), which
--     names the same 13 units and marks the five moved to Ulytau as obsolete.
-- None of the 13 codes is unconfirmed. The two city districts of Karaganda (район им. Казыбек би,
-- район Әлихан Бөкейхан) are not seeded: their codes could not be confirmed; an administrator
-- can add them with the CSV import.
insert into territory (code, parent_code, kind, name_kk, name_ru, name_en) values
  ('351000000', '350000000', 'CITY_OF_REGIONAL_SIGNIFICANCE', 'Қарағанды қаласы', 'город Караганда',
   'Karaganda'),
  ('351600000', '350000000', 'CITY_OF_REGIONAL_SIGNIFICANCE', 'Балқаш қаласы', 'город Балхаш', 'Balkhash'),
  ('352100000', '350000000', 'CITY_OF_REGIONAL_SIGNIFICANCE', 'Приозерск қаласы', 'город Приозерск',
   'Priozersk'),
  ('352200000', '350000000', 'CITY_OF_REGIONAL_SIGNIFICANCE', 'Саран қаласы', 'город Сарань', 'Saran'),
  ('352400000', '350000000', 'CITY_OF_REGIONAL_SIGNIFICANCE', 'Теміртау қаласы', 'город Темиртау',
   'Temirtau'),
  ('352800000', '350000000', 'CITY_OF_REGIONAL_SIGNIFICANCE', 'Шахтинск қаласы', 'город Шахтинск',
   'Shakhtinsk'),
  ('353200000', '350000000', 'DISTRICT', 'Абай ауданы', 'Абайский район', 'Abai District'),
  ('353600000', '350000000', 'DISTRICT', 'Ақтоғай ауданы', 'Актогайский район', 'Aktogay District'),
  ('354000000', '350000000', 'DISTRICT', 'Бұқар жырау ауданы', 'Бухар-Жырауский район',
   'Bukhar-Zhyrau District'),
  ('354800000', '350000000', 'DISTRICT', 'Қарқаралы ауданы', 'Каркаралинский район', 'Karkaraly District'),
  ('355200000', '350000000', 'DISTRICT', 'Нұра ауданы', 'Нуринский район', 'Nura District'),
  ('355600000', '350000000', 'DISTRICT', 'Осакаров ауданы', 'Осакаровский район', 'Osakarovka District'),
  ('356400000', '350000000', 'DISTRICT', 'Шет ауданы', 'Шетский район', 'Shet District');

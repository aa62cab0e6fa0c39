-- Territories of Kazakhstan keyed by their 9-digit KATO code (national classifier of
-- administrative-territorial objects). The first two digits of a region's code are its
-- ISO 3166-2:KZ code. The republic itself is the root, 000000000.
create table territory (
    code        varchar(9) primary key check (code ~ '^[0-9]{9}$'),
    parent_code varchar(9) references territory (code),
    kind        text       not null check (kind in ('REPUBLIC', 'REGION', 'CITY_OF_REPUBLICAN_SIGNIFICANCE',
                                                    'DISTRICT', 'CITY_OF_REGIONAL_SIGNIFICANCE',
                                                    'CITY_DISTRICT')),
    name_kk     text       not null check (length(trim(name_kk)) > 0),
    name_ru     text       not null check (length(trim(name_ru)) > 0),
    name_en     text       not null check (length(trim(name_en)) > 0),
    iso_code    varchar(5) unique,
    active      boolean    not null default true,
    check ((code = '000000000') = (parent_code is null))
);

create index territory_parent_idx on territory (parent_code);

insert into territory (code, parent_code, kind, name_kk, name_ru, name_en)
values ('000000000', null, 'REPUBLIC', 'Қазақстан Республикасы', 'Республика Казахстан',
        'Republic of Kazakhstan');

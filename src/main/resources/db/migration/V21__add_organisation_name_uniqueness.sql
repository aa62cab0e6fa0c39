-- Two organisations of one type in one territory may not share a name in any language. The
-- service checks this first and names the clash; these indexes close the race between two
-- registrations at the same moment.
create unique index organisation_name_kk_uq on organisation (type, territory_code, lower(name_kk));
create unique index organisation_name_ru_uq on organisation (type, territory_code, lower(name_ru));
create unique index organisation_name_en_uq on organisation (type, territory_code, lower(name_en));

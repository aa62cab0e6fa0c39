-- The routing matrix (seed 001: матрица межведомственной маршрутизации): domain × risk level ->
-- actions, each with the type of organisation that carries it out, a deadline and a priority.
-- Versioned: an admin's change writes a whole new version; referrals name the version that
-- made them. The current matrix is the highest version.
create table routing_matrix_version (
    version    int         primary key check (version > 0),
    created_by text        not null,
    created_at timestamptz not null,
    note       text        check (length(note) <= 1000)
);

create table routing_rule (
    version         int  not null references routing_matrix_version (version),
    domain          text not null check (domain in ('LEGAL', 'HOUSING', 'ECONOMIC', 'HEALTH',
                                                    'INSTITUTIONAL')),
    level           text not null check (level in ('R1', 'R2', 'R3')),
    action_code     text not null check (action_code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    action_kk       text not null check (length(action_kk) between 1 and 300),
    action_ru       text not null check (length(action_ru) between 1 and 300),
    action_en       text not null check (length(action_en) between 1 and 300),
    target_type     text not null,
    deadline_amount int  not null check (deadline_amount > 0),
    deadline_unit   text not null check (deadline_unit in ('HOURS', 'WORKING_HOURS',
                                             'WORKING_DAYS', 'DAYS_AFTER_REGISTRATION')),
    target_amount   int           check (target_amount > 0),
    target_unit     text          check (target_unit in ('HOURS', 'WORKING_HOURS',
                                             'WORKING_DAYS', 'DAYS_AFTER_REGISTRATION')),
    priority        text not null check (priority in ('URGENT', 'HIGH', 'NORMAL')),
    primary key (version, domain, level, action_code),
    check ((target_amount is null) = (target_unit is null))
);

-- Version 1: the seed's defaults. HOUSING R3: a safe place within 48 hours, aim 24. LEGAL R2/R3:
-- the first step to restore documents at the public service centre within 24 hours. ECONOMIC
-- R2/R3: an employment track at the employment centre within 7 days (counted as working days,
-- as day deadlines are). HEALTH: to the clinic for screening and psychological help within the
-- first 30 days after registration; within 3 working days when the need is high and unmet (R3).
insert into routing_matrix_version (version, created_by, created_at, note)
values (1, 'system', now(), 'Defaults from seed 001, section 3');

insert into routing_rule (version, domain, level, action_code, action_kk, action_ru, action_en,
                          target_type, deadline_amount, deadline_unit, target_amount,
                          target_unit, priority)
values
  (1, 'HOUSING', 'R3', 'SAFE_PLACEMENT',
   'Қауіпсіз орналастыру: дағдарыс орталығы немесе басқа қауіпсіз баспана',
   'Безопасное размещение: кризисный центр или иное безопасное жильё',
   'Safe placement: a crisis centre or other safe housing',
   'CRISIS_CENTRE', 48, 'HOURS', 24, 'HOURS', 'URGENT'),
  (1, 'LEGAL', 'R2', 'RESTORE_DOCUMENTS',
   'Құжаттарды қалпына келтірудің алғашқы қадамы: ХҚКО-ға жазылу, өтініш беру',
   'Первое действие по восстановлению документов: запись в ЦОН, подача заявления',
   'First step to restore documents: an appointment at the public service centre, the application filed',
   'PUBLIC_SERVICE_CENTRE', 24, 'HOURS', null, null, 'HIGH'),
  (1, 'LEGAL', 'R3', 'RESTORE_DOCUMENTS',
   'Құжаттарды қалпына келтірудің алғашқы қадамы: ХҚКО-ға жазылу, өтініш беру',
   'Первое действие по восстановлению документов: запись в ЦОН, подача заявления',
   'First step to restore documents: an appointment at the public service centre, the application filed',
   'PUBLIC_SERVICE_CENTRE', 24, 'HOURS', null, null, 'HIGH'),
  (1, 'ECONOMIC', 'R2', 'EMPLOYMENT_TRACK',
   'Еңбек траекториясы: жұмыспен қамту орталығына жолдама, жұмыспен қамту бағдарламаларына бағыттау',
   'Трудовой трек: направление в центр занятости, первичная маршрутизация в программы занятости',
   'Employment track: referral to the employment centre, first routing into employment programmes',
   'EMPLOYMENT_CENTRE', 7, 'WORKING_DAYS', null, null, 'NORMAL'),
  (1, 'ECONOMIC', 'R3', 'EMPLOYMENT_TRACK',
   'Еңбек траекториясы: жұмыспен қамту орталығына жолдама, жұмыспен қамту бағдарламаларына бағыттау',
   'Трудовой трек: направление в центр занятости, первичная маршрутизация в программы занятости',
   'Employment track: referral to the employment centre, first routing into employment programmes',
   'EMPLOYMENT_CENTRE', 7, 'WORKING_DAYS', null, null, 'HIGH'),
  (1, 'HEALTH', 'R1', 'HEALTH_SCREENING',
   'МӘМС шеңберінде МСАК-қа бағыттау: скрининг және психологиялық көмек',
   'Маршрутизация в ПМСП в рамках ОСМС: скрининг и психологическая помощь',
   'Routing to the primary health clinic under compulsory health insurance: screening and psychological help',
   'HEALTH_CLINIC', 30, 'DAYS_AFTER_REGISTRATION', null, null, 'NORMAL'),
  (1, 'HEALTH', 'R2', 'HEALTH_SCREENING',
   'МӘМС шеңберінде МСАК-қа бағыттау: скрининг және психологиялық көмек',
   'Маршрутизация в ПМСП в рамках ОСМС: скрининг и психологическая помощь',
   'Routing to the primary health clinic under compulsory health insurance: screening and psychological help',
   'HEALTH_CLINIC', 30, 'DAYS_AFTER_REGISTRATION', null, null, 'NORMAL'),
  (1, 'HEALTH', 'R3', 'HEALTH_SCREENING',
   'МӘМС шеңберінде МСАК-қа бағыттау: скрининг және психологиялық көмек',
   'Маршрутизация в ПМСП в рамках ОСМС: скрининг и психологическая помощь',
   'Routing to the primary health clinic under compulsory health insurance: screening and psychological help',
   'HEALTH_CLINIC', 3, 'WORKING_DAYS', null, null, 'HIGH');

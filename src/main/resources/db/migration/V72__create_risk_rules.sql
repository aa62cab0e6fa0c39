-- The thresholds of the risk rules that seed 001 does not fix (see RiskRules for what each
-- means and why the defaults): one row, edited by an administrator, versioned.
create table risk_rules (
    id                    smallint    primary key check (id = 1),
    legal_warning_days    smallint    not null check (legal_warning_days between 0 and 365),
    economic_warning_days smallint    not null check (economic_warning_days between 0 and 365),
    health_warning_days   smallint    not null check (health_warning_days between 0 and 365),
    plan_warning_days     smallint    not null check (plan_warning_days between 0 and 365),
    health_screening_day  smallint    not null check (health_screening_day between 1 and 365),
    version               integer     not null default 0,
    updated_at            timestamptz,
    updated_by            uuid
);

insert into risk_rules (id, legal_warning_days, economic_warning_days, health_warning_days,
                        plan_warning_days, health_screening_day)
values (1, 7, 14, 7, 7, 30);

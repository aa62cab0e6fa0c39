-- The risk level of each domain of a case as last recorded (by an assessment or the daily
-- sweep), and every change of it. A domain "raised to R3" is a row that changes to R3 here:
-- the upsert that changes it is what publishes DomainRiskRaised, so two sweeps on two nodes
-- announce a raise once. The changes give the time a critical risk stayed open.
create table domain_risk (
    case_id    uuid        not null references probation_case (id),
    domain     text        not null check (domain in ('LEGAL', 'HOUSING', 'ECONOMIC', 'HEALTH',
                                                      'INSTITUTIONAL')),
    risk       text        not null check (risk in ('R0', 'R1', 'R2', 'R3')),
    since      date        not null,
    updated_at timestamptz not null,
    primary key (case_id, domain)
);

create index domain_risk_critical_idx on domain_risk (risk, case_id) where risk = 'R3';

create table domain_risk_change (
    id          bigint      generated always as identity primary key,
    case_id     uuid        not null references probation_case (id),
    domain      text        not null,
    risk        text        not null check (risk in ('R0', 'R1', 'R2', 'R3')),
    on_day      date        not null,
    recorded_at timestamptz not null
);

create index domain_risk_change_case_idx on domain_risk_change (case_id, domain, id);

-- The official reading of each case on day 180 after registration, stored once when first
-- needed on or after that day and never recomputed: later or back-dated assessments do not
-- change what was read.
create table official_reading (
    case_id             uuid primary key references probation_case (id),
    taken_on            date        not null,
    legal_score         smallint    not null check (legal_score between 0 and 2),
    housing_score       smallint    not null check (housing_score between 0 and 2),
    economic_score      smallint    not null check (economic_score between 0 and 2),
    health_score        smallint    not null check (health_score between 0 and 2),
    institutional_score smallint    not null check (institutional_score between 0 and 2),
    integral_index      smallint    not null check (integral_index between 0 and 10),
    successful          boolean     not null,
    critical_failures   text        not null,
    recorded_at         timestamptz not null
);

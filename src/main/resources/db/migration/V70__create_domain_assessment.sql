-- Every assessment of a reintegration domain is kept: the state as of any date is the latest
-- assessment on or before it. Rows are only ever added.
create table domain_assessment (
    id                    bigint generated always as identity primary key,
    case_id               uuid        not null references probation_case (id),
    domain                text        not null check (domain in ('LEGAL', 'HOUSING', 'ECONOMIC',
                                                                 'HEALTH', 'INSTITUTIONAL')),
    score                 smallint    not null check (score between 0 and 2),
    evidence              text                 check (length(evidence) <= 2000),
    assessed_by           uuid        not null references app_user (id),
    assessed_on           date        not null,
    recorded_at           timestamptz not null,
    has_identity_document boolean,
    has_registration      boolean,
    homeless              boolean,
    lives_with_aggressor  boolean,
    threat_of_violence    boolean,
    has_legal_income      boolean,
    has_employment_track  boolean,
    risk_of_exploitation  boolean,
    health_need           text                 check (health_need in ('LOW', 'MEDIUM', 'HIGH')),
    help_received         boolean,
    attached_to_clinic    boolean,
    screening_done        boolean,
    real_referral_exists  boolean,
    supervision_only      boolean,
    check (score < 2 or length(trim(evidence)) > 0)
);

create index domain_assessment_case_idx on domain_assessment (case_id, assessed_on, id);

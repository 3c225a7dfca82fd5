-- SIKHI: dispute cases, consultations and service requests. Portable SQL: the same file runs on H2 2.2
-- and PostgreSQL. Instants are UTC in plain timestamps; dates that deadlines count from are West Java
-- dates. Long texts are wide varchar (PostgreSQL has no clob, H2 reads text as a CLOB); the widths are
-- those of the domain's Limits class. Every table belongs to a kab/kota: tenant_code is filled and
-- filtered by EclipseLink, never by a query.

create table sikhi_case (
    id                      varchar(36)   primary key,
    tenant_code             varchar(8)    not null,
    tracking_code           varchar(16)   not null,
    secret_hash             varchar(200)  not null,
    registration_number     varchar(40),
    registration_seq        integer,
    registration_year       integer,
    dispute_type            varchar(32)   not null,
    stage                   varchar(32)   not null,
    workplace_kabkota       varchar(8)    not null,
    company_name            varchar(200),
    company_nib             varchar(13),
    company_address         varchar(400),
    worker_name             varchar(200),
    represented             boolean       not null,
    chronology              varchar(8000),
    demands                 varchar(4000),
    filed_by                varchar(120)  not null,
    created_at              timestamp     not null,
    updated_at              timestamp     not null,
    filed_at                timestamp,
    returned_on             date,
    return_reasons          varchar(1000),
    registered_on           date,
    forum_offered_on        date,
    forum_choice            varchar(16),
    forum_provider          varchar(200),
    delegated               boolean       not null,
    delegation_reason       varchar(1000),
    assigned_mediator       varchar(120),
    assigned_on             date,
    first_session_on        date,
    anjuran_issued_on       date,
    closed_on               date,
    outcome                 varchar(2000),
    phi_registration_number varchar(60),
    version                 bigint        not null
);
-- the public status page finds a case by its code alone
create unique index sikhi_case_tracking on sikhi_case (tracking_code);
-- several NULLs (unregistered cases) are allowed by a unique index on both databases
create unique index sikhi_case_registration on sikhi_case (tenant_code, registration_number);
create unique index sikhi_case_registration_seq on sikhi_case (tenant_code, registration_year, registration_seq);
create index sikhi_case_stage on sikhi_case (tenant_code, stage);
create index sikhi_case_mediator on sikhi_case (tenant_code, assigned_mediator, stage);
create index sikhi_case_filed_by on sikhi_case (tenant_code, filed_by);

create table sikhi_party (
    id                      varchar(36)   primary key,
    tenant_code             varchar(8)    not null,
    case_id                 varchar(36)   not null references sikhi_case (id),
    sort_order              integer       not null,
    party_role              varchar(12)   not null,
    name                    varchar(200)  not null,
    username                varchar(120),
    address                 varchar(400),
    contact                 varchar(200),
    representative_name     varchar(200),
    surat_kuasa_document_id varchar(36),
    version                 bigint        not null
);
create index sikhi_party_case on sikhi_party (case_id);
-- "my cases": the cases where an account is a party
create index sikhi_party_username on sikhi_party (tenant_code, username);

create table sikhi_document (
    id            varchar(36)  primary key,
    tenant_code   varchar(8)   not null,
    case_id       varchar(36)  not null references sikhi_case (id),
    document_kind varchar(32)  not null,
    document_id   varchar(36)  not null,
    label         varchar(200),
    party_id      varchar(36),
    uploaded_by   varchar(120) not null,
    uploaded_at   timestamp    not null
);
create index sikhi_document_case on sikhi_document (case_id);

create table sikhi_event (
    id                 varchar(36)   primary key,
    tenant_code        varchar(8)    not null,
    case_id            varchar(36)   not null references sikhi_case (id),
    seq                integer       not null,
    occurred_at        timestamp     not null,
    actor              varchar(120)  not null,
    action             varchar(40)   not null,
    from_stage         varchar(32)   not null,
    to_stage           varchar(32)   not null,
    note               varchar(2000),
    visible_to_parties boolean       not null
);
create unique index sikhi_event_case on sikhi_event (case_id, seq);

create table sikhi_session (
    id               varchar(36)   primary key,
    tenant_code      varchar(8)    not null,
    case_id          varchar(36)   not null references sikhi_case (id),
    session_kind     varchar(12)   not null,
    session_number   integer       not null,
    scheduled_at     timestamp     not null,
    meeting_link     varchar(400),
    meeting_place    varchar(400),
    held             boolean       not null,
    held_on          date,
    parties_present  varchar(1000),
    issue            varchar(4000),
    worker_position  varchar(4000),
    company_position varchar(4000),
    conclusion       varchar(4000),
    recorded_by      varchar(120),
    recorded_at      timestamp,
    version          bigint        not null
);
create index sikhi_session_case on sikhi_session (case_id);
-- a mediator's agenda
create index sikhi_session_scheduled on sikhi_session (tenant_code, scheduled_at);

create table sikhi_session_confirmation (
    id           varchar(36)  primary key,
    tenant_code  varchar(8)   not null,
    session_id   varchar(36)  not null references sikhi_session (id),
    party_id     varchar(36)  not null,
    username     varchar(120) not null,
    confirmed_at timestamp    not null
);
create unique index sikhi_session_confirmation_party on sikhi_session_confirmation (session_id, party_id);

create table sikhi_anjuran (
    id          varchar(36)    primary key,
    tenant_code varchar(8)     not null,
    case_id     varchar(36)    not null references sikhi_case (id),
    issued_at   timestamp      not null,
    issued_by   varchar(120)   not null,
    content     varchar(20000) not null,
    version     bigint         not null
);
create unique index sikhi_anjuran_case on sikhi_anjuran (case_id);

create table sikhi_anjuran_answer (
    id          varchar(36)  primary key,
    tenant_code varchar(8)   not null,
    anjuran_id  varchar(36)  not null references sikhi_anjuran (id),
    sort_order  integer      not null,
    party_id    varchar(36)  not null,
    received_on date         not null,
    answer      varchar(12),
    answered_at timestamp,
    answered_by varchar(120),
    version     bigint       not null
);
create unique index sikhi_anjuran_answer_party on sikhi_anjuran_answer (anjuran_id, party_id);

create table sikhi_perjanjian_bersama (
    id               varchar(36)    primary key,
    tenant_code      varchar(8)     not null,
    case_id          varchar(36)    not null references sikhi_case (id),
    content          varchar(20000) not null,
    document_hash    varchar(64)    not null,
    drafted_by       varchar(120)   not null,
    drafted_at       timestamp      not null,
    witness_mediator varchar(120),
    version          bigint         not null
);
create unique index sikhi_perjanjian_bersama_case on sikhi_perjanjian_bersama (case_id);

create table sikhi_pb_acceptance (
    id            varchar(36)  primary key,
    tenant_code   varchar(8)   not null,
    pb_id         varchar(36)  not null references sikhi_perjanjian_bersama (id),
    party_id      varchar(36)  not null,
    username      varchar(120) not null,
    accepted_hash varchar(64)  not null,
    accepted_at   timestamp    not null
);
create index sikhi_pb_acceptance_pb on sikhi_pb_acceptance (pb_id);

create table sikhi_message (
    id          varchar(36)   primary key,
    tenant_code varchar(8)    not null,
    case_id     varchar(36)   not null references sikhi_case (id),
    thread_kind varchar(8)    not null,
    caucus_with varchar(120),
    author      varchar(120)  not null,
    body        varchar(4000) not null,
    posted_at   timestamp     not null
);
create index sikhi_message_case on sikhi_message (case_id, posted_at);

create table sikhi_consultation (
    id              varchar(36)   primary key,
    tenant_code     varchar(8)    not null,
    topic           varchar(24)   not null,
    question        varchar(4000) not null,
    asked_by        varchar(120)  not null,
    asked_at        timestamp     not null,
    answer          varchar(8000),
    answered_by     varchar(120),
    answered_at     timestamp,
    published       boolean       not null,
    public_question varchar(4000),
    public_answer   varchar(8000),
    version         bigint        not null
);
-- the officers' queue (unanswered first) and the knowledge base
create index sikhi_consultation_queue on sikhi_consultation (tenant_code, answered_at);
create index sikhi_consultation_published on sikhi_consultation (tenant_code, published, topic);
create index sikhi_consultation_asker on sikhi_consultation (tenant_code, asked_by);

create table sikhi_service_request (
    id               varchar(36)   primary key,
    tenant_code      varchar(8)    not null,
    request_kind     varchar(24)   not null,
    status           varchar(12)   not null,
    company_name     varchar(200)  not null,
    company_nib      varchar(13),
    submitted_by     varchar(120)  not null,
    submitted_at     timestamp     not null,
    notes            varchar(2000),
    decided_by       varchar(120),
    decided_at       timestamp,
    reference_number varchar(60),
    version          bigint        not null
);
create index sikhi_service_request_queue on sikhi_service_request (tenant_code, status, submitted_at);
create index sikhi_service_request_submitter on sikhi_service_request (tenant_code, submitted_by);

create table sikhi_service_request_document (
    id          varchar(36)  primary key,
    tenant_code varchar(8)   not null,
    request_id  varchar(36)  not null references sikhi_service_request (id),
    label       varchar(200) not null,
    document_id varchar(36)  not null,
    uploaded_by varchar(120) not null,
    uploaded_at timestamp    not null
);
create index sikhi_service_request_document_request on sikhi_service_request_document (request_id);

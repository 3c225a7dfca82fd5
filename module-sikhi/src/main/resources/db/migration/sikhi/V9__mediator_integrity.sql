-- What each mediator declared on taking a case: no conflict of interest with its parties, or a conflict (with
-- its reason, which stays with the office). A mediator who declared a conflict is never given the case again.
create table sikhi_conflict_declaration (
    id           varchar(36)   primary key,
    tenant_code  varchar(8)    not null,
    case_id      varchar(36)   not null references sikhi_case (id),
    mediator     varchar(120)  not null,
    has_conflict boolean       not null,
    reason       varchar(1000),
    declared_at  timestamp     not null
);
create unique index sikhi_conflict_declaration_mediator on sikhi_conflict_declaration (case_id, mediator);

-- The mediator refused a party's representative (the surat kuasa is no surat kuasa khusus for this dispute,
-- unsigned, expired...): open until accepted again on a new surat kuasa uploaded after the refusal.
create table sikhi_representative_refusal (
    id              varchar(36)   primary key,
    tenant_code     varchar(8)    not null,
    case_id         varchar(36)   not null references sikhi_case (id),
    party_id        varchar(36)   not null,
    reason          varchar(1000) not null,
    refused_by      varchar(120)  not null,
    refused_at      timestamp     not null,
    new_document_id varchar(36),
    new_document_at timestamp,
    accepted_by     varchar(120),
    accepted_at     timestamp
);
create index sikhi_representative_refusal_case on sikhi_representative_refusal (case_id);

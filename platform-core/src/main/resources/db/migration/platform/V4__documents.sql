-- Uploaded and generated documents. The bytes live in the data directory, named by their SHA-256
-- (identical uploads are stored once); this table holds what the portal knows about each.
create table platform_document (
    id            varchar(36)  primary key,
    sha256        varchar(64)  not null,
    size_bytes    bigint       not null,
    media_type    varchar(64)  not null,
    original_name varchar(255) not null,
    module_id     varchar(24)  not null,
    tenant_code   varchar(8),
    uploaded_by   varchar(120) not null,
    uploaded_at   timestamp    not null
);
create index platform_document_sha on platform_document (sha256);

-- Documents the portal issued (AK/1 card, anjuran, certificates): the public verification page
-- shows these facts for a code printed (as a QR code) on the document. No personal data here.
create table platform_issued_document (
    code          varchar(16)  primary key,
    document_id   varchar(36)  not null references platform_document (id),
    module_id     varchar(24)  not null,
    tenant_code   varchar(8)   not null,
    title         varchar(200) not null,
    subject       varchar(200),
    issued_at     timestamp    not null,
    valid_until   date,
    revoked_at    timestamp,
    revoke_reason varchar(400),
    version       bigint       not null
);

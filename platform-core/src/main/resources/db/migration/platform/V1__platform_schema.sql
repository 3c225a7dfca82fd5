-- Core tables of the platform. Portable SQL: the same file runs on H2 (embedded) and PostgreSQL.
-- Instants are stored as UTC in plain timestamps.

create table platform_account (
    id              varchar(36)  primary key,
    username        varchar(120) not null,
    display_name    varchar(160) not null,
    email           varchar(254),
    kind            varchar(12)  not null,
    password_hash   varchar(400),
    nik             varchar(16),
    active          boolean      not null,
    failed_attempts integer      not null,
    locked_until    timestamp,
    created_at      timestamp    not null,
    version         bigint       not null
);
create unique index platform_account_username on platform_account (username);

create table platform_account_role (
    account_id varchar(36) not null references platform_account (id),
    role       varchar(40) not null,
    primary key (account_id, role)
);

create table platform_account_tenant (
    account_id  varchar(36) not null references platform_account (id),
    tenant_code varchar(8)  not null,
    primary key (account_id, tenant_code)
);

create table platform_module_enablement (
    tenant_code varchar(8)  not null,
    module_id   varchar(24) not null,
    enabled     boolean     not null,
    version     bigint      not null,
    primary key (tenant_code, module_id)
);

create table platform_module_setting (
    tenant_code   varchar(8)    not null,
    module_id     varchar(24)   not null,
    name          varchar(64)   not null,
    setting_value varchar(2000),
    version       bigint        not null,
    primary key (tenant_code, module_id, name)
);

-- Append-only, hash-chained audit trail. seq is assigned under the lock on platform_audit_head,
-- so the chain has no gaps and no forks even with several portal instances.
create table platform_audit (
    seq            bigint        primary key,
    occurred_at    timestamp     not null,
    actor          varchar(120)  not null,
    roles          varchar(400),
    tenant_code    varchar(8),
    module_id      varchar(24)   not null,
    action         varchar(80)   not null,
    target         varchar(200),
    summary        varchar(400),
    details        varchar(4000),
    client_address varchar(64),
    request_id     varchar(64),
    prev_hash      varchar(64)   not null,
    hash           varchar(64)   not null
);
create index platform_audit_time on platform_audit (occurred_at);
create index platform_audit_tenant on platform_audit (tenant_code, occurred_at);
create index platform_audit_actor on platform_audit (actor, occurred_at);

create table platform_audit_head (
    id        integer     primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null
);
insert into platform_audit_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

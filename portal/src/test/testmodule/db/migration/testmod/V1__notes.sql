create table testmod_note (
    id          varchar(36)  primary key,
    tenant_code varchar(8)   not null,
    text        varchar(400) not null,
    version     bigint       not null
);
create index testmod_note_tenant on testmod_note (tenant_code);

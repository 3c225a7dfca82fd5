-- Which kab/kota holds a case, and who may open it as a party. Not tenant-owned on purpose: a party
-- (citizen or company) belongs to no kab/kota, and the public status check starts from a tracking code.
create table sikhi_case_directory (
    case_id        varchar(36)  primary key,
    tracking_code  varchar(16)  not null,
    tenant_code    varchar(8)   not null,
    filed_by       varchar(100) not null,
    created_at     timestamp    not null
);
create unique index sikhi_case_directory_tracking on sikhi_case_directory (tracking_code);

create table sikhi_case_access (
    id             varchar(140) primary key,
    case_id        varchar(36)  not null references sikhi_case_directory (case_id),
    username       varchar(100) not null
);
create index sikhi_case_access_user on sikhi_case_access (username);

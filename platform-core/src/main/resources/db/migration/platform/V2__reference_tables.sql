-- Reference tables. Their rows are loaded by the Java migration V3__Reference_data from the CSV
-- files in /reference-data (provenance in /reference-data/SOURCES.md).
-- Portable SQL: the same file runs on H2 (default mode) and PostgreSQL.
-- Widths leave headroom over the longest shipped value (noted per column) for later editions.

-- Kemendagri regions of Jawa Barat. Codes are dotted text (32.73, 32.03.31.2004): never numbers.
create table platform_wilayah (
    code        varchar(16)  primary key,   -- longest 13 (desa)
    parent_code varchar(16),                -- null only for the province
    name        varchar(120) not null,      -- longest 23
    level       smallint     not null,      -- 1 province, 2 kab/kota, 3 kecamatan, 4 desa/kelurahan
    kind        varchar(12)  not null       -- PROVINSI, KABUPATEN, KOTA, KECAMATAN, DESA, KELURAHAN
);
create index platform_wilayah_parent on platform_wilayah (parent_code);

-- KBJI 2014 occupations, levels 1-4. Codes keep their leading zeros (0, 01, 011, 0111).
create table platform_occupation (
    code            varchar(8)   primary key,   -- longest 4
    level           smallint     not null,
    parent_code     varchar(8),                 -- null for level 1
    title_id        varchar(255) not null,      -- longest 94
    title_en        varchar(255),               -- longest 81
    title_en_source varchar(16)                 -- ISCO-08 or TRANSLATION (unofficial)
);
create index platform_occupation_parent on platform_occupation (parent_code);

-- KBLI 2020 sections (A-U) and divisions (01-99); title_en is the ISIC Rev.4 title, not an official KBLI one.
create table platform_industry (
    code        varchar(4)   primary key,   -- longest 2
    level       varchar(10)  not null,      -- SECTION or DIVISION
    parent_code varchar(4),                 -- the section letter of a division
    title_id    varchar(255) not null,      -- longest 155
    title_en    varchar(255)                -- longest 127
);

create table platform_education_level (
    code       varchar(16) primary key,   -- longest 14
    name_id    varchar(80) not null,      -- longest 34
    name_en    varchar(80) not null,      -- longest 54
    sort_order smallint    not null       -- display order only; SMA/SMK and D4/S1 are the same level
);

-- National holidays and cuti bersama. Administrators add later years, hence the optimistic-lock version.
create table platform_holiday (
    holiday_date date         primary key,
    kind         varchar(16)  not null,     -- LIBUR_NASIONAL or CUTI_BERSAMA
    name_id      varchar(160) not null,     -- longest 43
    name_en      varchar(160),
    version      bigint       default 0 not null
);

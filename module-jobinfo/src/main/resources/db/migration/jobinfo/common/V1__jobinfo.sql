-- Gerai Layanan Info Kerja. Every table is owned by one kab/kota (tenant_code): a seeker by the office
-- that holds the AK/1 card, an employer by the kab/kota of its workplace, a vacancy by its work location.
-- Personal data (NIK, phone, e-mail) stays in jobinfo_seeker; an application carries the copy the
-- seeker sent to that employer, so the employer never reads another office's rows.

create table jobinfo_employer (
    id            varchar(36)  primary key,
    tenant_code   varchar(8)   not null,
    account       varchar(100) not null,      -- the employer's portal account
    name          varchar(200) not null,
    nib           varchar(13)  not null,      -- Nomor Induk Berusaha (OSS), 13 digits
    kbli_code     varchar(4)   not null,      -- KBLI 2020 division
    address       varchar(255) not null,
    phone         varchar(20),
    email         varchar(120),
    status        varchar(16)  not null,      -- SUBMITTED, VERIFIED, RETURNED
    officer_note  varchar(1000),
    verified_by   varchar(100),
    verified_at   timestamp,
    created_at    timestamp    not null,
    version       bigint       not null,
    constraint jobinfo_employer_account unique (tenant_code, account)
);

create table jobinfo_seeker (
    id              varchar(36)  primary key,
    tenant_code     varchar(8)   not null,
    account         varchar(100),              -- null for a seeker registered at the counter without an account
    ak1_number      varchar(20),               -- given at verification: 3273.2026.000042
    nik             varchar(16)  not null,
    full_name       varchar(150) not null,
    birth_place     varchar(80)  not null,
    birth_date      date         not null,
    sex             varchar(8)   not null,     -- MALE, FEMALE
    marital_status  varchar(16)  not null,
    religion        varchar(16)  not null,
    address         varchar(255) not null,
    kecamatan_code  varchar(10)  not null,
    desa_code       varchar(15)  not null,
    phone           varchar(20),
    email           varchar(120),
    education_code  varchar(16)  not null,     -- highest formal education
    education_rank  smallint     not null,     -- SMA = SMK, D4 = S1: what requirements compare
    education_major varchar(120),
    photo_id        varchar(36),               -- platform_document
    status          varchar(16)  not null,     -- SUBMITTED, RETURNED, ACTIVE, PLACED
    officer_note    varchar(1000),
    registered_by   varchar(100) not null,
    registered_at   timestamp    not null,
    verified_by     varchar(100),
    verified_at     timestamp,
    valid_until     date,
    card_code       varchar(20),               -- platform_issued_document of the current card
    card_document   varchar(36),               -- platform_document of the current card's PDF
    occupation_1    varchar(4),                -- the first preferred KBJI unit group, for matching by SQL
    placed_on       date,
    version         bigint       not null,
    constraint jobinfo_seeker_number unique (tenant_code, ak1_number)
);
create index jobinfo_seeker_account on jobinfo_seeker (account);
create index jobinfo_seeker_nik on jobinfo_seeker (tenant_code, nik);
create index jobinfo_seeker_match on jobinfo_seeker (tenant_code, status, occupation_1);

create table jobinfo_seeker_occupation (
    seeker_id  varchar(36) not null references jobinfo_seeker (id),
    position   smallint    not null,
    kbji_code  varchar(4)  not null,
    primary key (seeker_id, position)
);
create index jobinfo_seeker_occupation_code on jobinfo_seeker_occupation (kbji_code);

create table jobinfo_seeker_location (
    seeker_id    varchar(36) not null references jobinfo_seeker (id),
    kabkota_code varchar(8)  not null,
    primary key (seeker_id, kabkota_code)
);

create table jobinfo_seeker_skill (
    seeker_id  varchar(36)  not null references jobinfo_seeker (id),
    skill      varchar(60)  not null,
    primary key (seeker_id, skill)
);

create table jobinfo_seeker_education (
    seeker_id   varchar(36)  not null references jobinfo_seeker (id),
    position    smallint     not null,
    kind        varchar(10)  not null,     -- FORMAL, NONFORMAL
    level_code  varchar(16),               -- formal only
    institution varchar(150) not null,
    major       varchar(120),
    year_done   integer,
    primary key (seeker_id, position)
);

create table jobinfo_seeker_experience (
    seeker_id  varchar(36)  not null references jobinfo_seeker (id),
    position   smallint     not null,
    job_title  varchar(120) not null,
    employer   varchar(150) not null,
    year_from  integer      not null,
    year_to    integer,
    primary key (seeker_id, position)
);

-- The six-monthly reports of an unemployed holder, at most four in a card's two years.
create table jobinfo_seeker_report (
    seeker_id   varchar(36)  not null references jobinfo_seeker (id),
    position    smallint     not null,
    reported_on date         not null,
    officer     varchar(150) not null,
    note        varchar(500),
    primary key (seeker_id, position)
);

create table jobinfo_vacancy (
    id               varchar(36)   primary key,
    tenant_code      varchar(8)    not null,  -- the kab/kota of the work location
    employer_id      varchar(36)   not null,
    employer_name    varchar(200)  not null,
    title            varchar(150)  not null,
    kbji_code        varchar(4)    not null,
    kbji_major       varchar(1)    not null,
    needed           integer       not null,
    filled           integer       not null,
    valid_from       date          not null,
    valid_until      date          not null,
    age_min          integer,
    age_max          integer,
    sex              varchar(8)    not null,  -- ANY, MALE, FEMALE
    education_code   varchar(16),
    education_rank   smallint,
    experience_years integer,
    wage_min         bigint,
    wage_max         bigint,
    work_address     varchar(255),
    description      varchar(4000) not null,
    status           varchar(16)   not null,  -- SUBMITTED, RETURNED, PUBLISHED, FILLED, CLOSED
    source           varchar(8)    not null,  -- FORM, SHEET, API, OFFICER
    officer_note     varchar(1000),
    created_by       varchar(100)  not null,
    created_at       timestamp     not null,
    published_at     timestamp,
    closed_at        timestamp,
    version          bigint        not null
);
create index jobinfo_vacancy_employer on jobinfo_vacancy (employer_id);
create index jobinfo_vacancy_open on jobinfo_vacancy (status, valid_until, published_at);
create index jobinfo_vacancy_tenant_open on jobinfo_vacancy (tenant_code, status, valid_until);

create table jobinfo_vacancy_skill (
    vacancy_id varchar(36) not null references jobinfo_vacancy (id),
    skill      varchar(60) not null,
    primary key (vacancy_id, skill)
);

-- A seeker's application to a vacancy, or an officer's invitation, in the vacancy's kab/kota. It keeps
-- the profile the seeker sent (name, AK/1 number, NIK, contact, education, skills): the employer reads that copy.
create table jobinfo_application (
    id              varchar(36)   primary key,
    tenant_code     varchar(8)    not null,
    vacancy_id      varchar(36)   not null references jobinfo_vacancy (id),
    seeker_id       varchar(36)   not null,
    seeker_tenant   varchar(8)    not null,
    seeker_account  varchar(100),
    ak1_number      varchar(20)   not null,
    full_name       varchar(150)  not null,
    nik             varchar(16)   not null,
    sex             varchar(8)    not null,
    birth_date      date          not null,
    phone           varchar(20),
    email           varchar(120),
    education_code  varchar(16)   not null,
    skills          varchar(1500),
    kind            varchar(8)    not null,   -- APPLIED, INVITED
    status          varchar(12)   not null,   -- OPEN, ACCEPTED (invitation), DECLINED, REJECTED, HIRED
    created_by      varchar(100)  not null,
    created_at      timestamp     not null,
    decided_at      timestamp,
    version         bigint        not null,
    constraint jobinfo_application_once unique (vacancy_id, seeker_id)
);
create index jobinfo_application_seeker on jobinfo_application (seeker_account);

-- A placement, kept by the office that holds the card (its figures count it).
create table jobinfo_placement (
    id            varchar(36)  primary key,
    tenant_code   varchar(8)   not null,
    seeker_id     varchar(36)  not null,
    ak1_number    varchar(20)  not null,
    vacancy_id    varchar(36),
    employer_name varchar(200) not null,
    job_title     varchar(150) not null,
    kbji_code     varchar(4)   not null,
    work_kabkota  varchar(8)   not null,
    placed_on     date         not null,
    sex           varchar(8)   not null,
    education_code varchar(16) not null,
    recorded_by   varchar(100) not null,
    recorded_at   timestamp    not null
);
create index jobinfo_placement_month on jobinfo_placement (tenant_code, placed_on);

-- What the mediator asks in a Klarifikasi (of one party, or of every party when asked_party_id is null),
-- by which working day, and what was received when it ended. The clock's pause is still read from the
-- case trail, so cases paused before this table existed keep their deadlines.
create table sikhi_klarifikasi (
    id             varchar(36)   primary key,
    tenant_code    varchar(8)    not null,
    case_id        varchar(36)   not null references sikhi_case (id),
    asked_party_id varchar(36),
    questions      varchar(4000) not null,
    answer_due     date          not null,
    requested_by   varchar(120)  not null,
    requested_at   timestamp     not null,
    received       varchar(1000),
    ended_by       varchar(120),
    ended_at       timestamp
);
create index sikhi_klarifikasi_case on sikhi_klarifikasi (case_id);

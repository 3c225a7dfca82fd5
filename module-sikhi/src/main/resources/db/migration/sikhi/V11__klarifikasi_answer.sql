-- What parties answer online to a Klarifikasi request (several answers per party are kept, in order; one after the
-- answer date is kept and marked late), and the files sent with each answer (stored in the core's document store).
-- Apart from sikhi_document on purpose: case documents are shown to every party, an answer only to its party and the mediator.
create table sikhi_klarifikasi_answer (
    id             varchar(36)   primary key,
    tenant_code    varchar(8)    not null,
    klarifikasi_id varchar(36)   not null references sikhi_klarifikasi (id),
    party_id       varchar(36)   not null,
    answer_text    varchar(8000) not null,
    username       varchar(120)  not null,
    answered_at    timestamp     not null,
    answered_late  boolean       not null
);
create index sikhi_klarifikasi_answer_request on sikhi_klarifikasi_answer (klarifikasi_id);

create table sikhi_klarifikasi_attachment (
    id          varchar(36)  primary key,
    tenant_code varchar(8)   not null,
    answer_id   varchar(36)  not null references sikhi_klarifikasi_answer (id),
    sort_order  integer      not null,
    document_id varchar(36)  not null,
    file_name   varchar(200) not null
);
create index sikhi_klarifikasi_attachment_answer on sikhi_klarifikasi_attachment (answer_id);

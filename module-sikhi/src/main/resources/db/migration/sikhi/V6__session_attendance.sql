-- A party's word that it will attend a scheduled meeting at its current time (not the risalah's
-- confirmation, which comes after the meeting). Moving the meeting deletes these rows: the parties
-- confirm the new time; the case trail and the audit keep the earlier confirmations.
-- V6, not V5: V5 is left to the province work going on at the same time.
create table sikhi_session_attendance (
    id           varchar(36)  primary key,
    tenant_code  varchar(8)   not null,
    session_id   varchar(36)  not null references sikhi_session (id),
    party_id     varchar(36)  not null,
    username     varchar(120) not null,
    confirmed_at timestamp    not null
);
create unique index sikhi_session_attendance_party on sikhi_session_attendance (session_id, party_id);

-- Each party's answer to the forum offer: conciliation or arbitration is taken only when every party chose
-- the same one (UU 2/2004 needs both parties' agreement); the case's forum_choice keeps the joint outcome.
create table sikhi_forum_vote (
    id            varchar(36)  primary key,
    tenant_code   varchar(8)   not null,
    case_id       varchar(36)  not null references sikhi_case (id),
    party_id      varchar(36)  not null,
    choice        varchar(16)  not null,
    provider_name varchar(200),
    username      varchar(120) not null,
    chosen_at     timestamp    not null
);
create unique index sikhi_forum_vote_party on sikhi_forum_vote (case_id, party_id);

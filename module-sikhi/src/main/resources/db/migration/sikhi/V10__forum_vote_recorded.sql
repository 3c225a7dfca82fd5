-- A forum choice the office recorded for a party from its signed written statement (a party without a portal
-- account, or one who came to the office): who recorded it and the statement (the core's stored document id).
-- Both null when the party chose online, which the office may then not overwrite.
alter table sikhi_forum_vote add column recorded_by varchar(120);
alter table sikhi_forum_vote add column statement_document_id varchar(36);

-- A party without a portal account answers the anjuran by letter and signs the Perjanjian Bersama on paper; the
-- mediator records it. Who recorded it and the uploaded signed letter or PB (the core's stored document id); both
-- null when the party answered or accepted online, which the mediator may then not overwrite.
alter table sikhi_anjuran_answer add column recorded_by varchar(120);
alter table sikhi_anjuran_answer add column letter_document_id varchar(36);
alter table sikhi_pb_acceptance add column recorded_by varchar(120);
alter table sikhi_pb_acceptance add column signed_document_id varchar(36);

-- A mediator who declared no conflict of interest may find one later: the declaration records when.
alter table sikhi_conflict_declaration add column conflict_found_at timestamp;

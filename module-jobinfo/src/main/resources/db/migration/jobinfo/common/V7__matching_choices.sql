-- Matching considers every preferred occupation, not only the first: each choice carries its seeker's kab/kota,
-- so one index range lists the seekers of a kab/kota with any choice in a KBJI group (and the position, which
-- decides the closest choice when two are equally close). JobSeeker writes the column with each choice.
alter table jobinfo_seeker_occupation add column tenant_code varchar(8);
update jobinfo_seeker_occupation o set tenant_code = (select s.tenant_code from jobinfo_seeker s where s.id = o.seeker_id);
alter table jobinfo_seeker_occupation alter column tenant_code set not null;
create index jobinfo_seeker_occupation_match on jobinfo_seeker_occupation (tenant_code, kbji_code, seeker_id, position);

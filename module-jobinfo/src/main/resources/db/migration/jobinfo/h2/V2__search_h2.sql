-- H2 (a kab/kota pilot): the search reads lower-cased words with LIKE; this column keeps that cheap.
alter table jobinfo_vacancy add column search_text varchar(4200);

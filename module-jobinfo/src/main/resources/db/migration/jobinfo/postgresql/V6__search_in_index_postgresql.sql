-- The public search reads the in-memory index now (VacancyIndex): the full-text vectors, their GIN indexes
-- (work on every write) and the lower-cased copy are gone.
drop index if exists jobinfo_vacancy_search;
drop index if exists jobinfo_vacancy_title_search;
drop index if exists jobinfo_vacancy_published;
alter table jobinfo_vacancy drop column title_vector;
alter table jobinfo_vacancy drop column search_vector;
alter table jobinfo_vacancy drop column search_text;

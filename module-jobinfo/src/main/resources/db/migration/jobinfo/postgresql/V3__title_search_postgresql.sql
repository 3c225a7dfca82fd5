-- Best match first without ranking every match: the title's own small vector finds the vacancies whose title
-- has the words, newest first, and ranking by ts_rank (which read every match's whole vector) is gone.
alter table jobinfo_vacancy add column title_vector tsvector
    generated always as (to_tsvector('simple', coalesce(title, ''))) stored;
create index jobinfo_vacancy_title_search on jobinfo_vacancy using gin (title_vector);

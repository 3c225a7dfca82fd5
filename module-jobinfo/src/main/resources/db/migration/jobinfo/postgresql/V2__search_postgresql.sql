-- PostgreSQL (the province): full-text search over title and description with a GIN index. The
-- 'simple' configuration: PostgreSQL has no Indonesian stemmer, and job titles are matched as typed.
alter table jobinfo_vacancy add column search_text varchar(4200);
alter table jobinfo_vacancy add column search_vector tsvector
    generated always as (setweight(to_tsvector('simple', coalesce(title, '')), 'A')
                         || setweight(to_tsvector('simple', coalesce(description, '')), 'B')) stored;
create index jobinfo_vacancy_search on jobinfo_vacancy using gin (search_vector);
create index jobinfo_vacancy_published on jobinfo_vacancy (published_at desc) where status = 'PUBLISHED';

-- Every instance keeps an in-memory search index of the open vacancies (see VacancyIndex). Changes made on
-- another instance of a cluster reach it by this column: each instance reads the rows changed lately.
alter table jobinfo_vacancy add column changed_at timestamp default current_timestamp not null;
update jobinfo_vacancy set changed_at = coalesce(closed_at, published_at, created_at);
create index jobinfo_vacancy_changed on jobinfo_vacancy (changed_at);

-- The public search reads the in-memory index now (VacancyIndex); the lower-cased copy for LIKE is gone.
alter table jobinfo_vacancy drop column search_text;

-- Nothing to do on H2: its word search ranks title matches first with LIKE (see VacancySearch).
select 1;

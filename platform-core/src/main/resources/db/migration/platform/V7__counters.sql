-- Running numbers (AK/1 numbers, registration numbers): one row per series, taken under its row lock so
-- two officers numbering at the same moment wait for each other instead of colliding.
create table platform_counter (
    name       varchar(80) primary key,
    last_value bigint      not null
);

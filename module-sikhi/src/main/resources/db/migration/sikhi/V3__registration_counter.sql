-- The last registration number per kab/kota and year. Officers registering at the same moment take
-- the row's lock in turn, so no two cases get the same number.
create table sikhi_registration_counter (
    id        varchar(20) primary key,
    last_seq  integer     not null
);

-- Registration numbers now come from the core's running numbers (platform_counter), which also settles
-- the first registration of a year; the module's own counter goes.
drop table sikhi_registration_counter;

-- The province's queue reads the delegated cases of every kab/kota at once (ProvinceCases): without this
-- index it would scan every case of the province.
create index sikhi_case_delegated on sikhi_case (delegated, stage);

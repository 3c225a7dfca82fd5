-- Nothing to do on H2: a kab/kota pilot's seekers are few, and H2 has no index with included columns.
select 1;

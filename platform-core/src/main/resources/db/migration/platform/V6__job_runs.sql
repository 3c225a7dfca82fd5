-- One row per daily job and day: the first server of a cluster to insert it runs the job, the others skip.
create table platform_job_run (
    job_name    varchar(60) not null,
    run_day     date        not null,
    started_at  timestamp   not null,
    primary key (job_name, run_day)
);

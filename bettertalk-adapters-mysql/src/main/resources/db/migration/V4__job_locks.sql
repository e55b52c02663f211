-- Leases that keep two runs of one job (overlapping cron sweeps) from working at once.
CREATE TABLE job_locks (
    job          VARCHAR(100) NOT NULL,
    holder       VARCHAR(64)  NOT NULL,
    locked_until DATETIME(6)  NOT NULL,
    PRIMARY KEY (job)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

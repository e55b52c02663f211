-- Moderation: one case per reported thing while it is open, the reports in it, moderators' reads of reported chat
-- messages, suspensions and bans, and content moderators hid.

CREATE TABLE moderation_cases (
    id            BINARY(16)  NOT NULL,
    subject_kind  VARCHAR(10) NOT NULL,
    subject_id    BINARY(16)  NOT NULL,
    -- the subject while the case is open, NULL once decided: a thing has at most one open case
    open_subject  VARCHAR(50) NULL,
    author_id     BINARY(16)  NOT NULL,
    -- the reported text as it was when first reported, so an edit or a hide cannot change what is judged
    subject_copy  TEXT        NOT NULL,
    place_id      BINARY(16)  NULL,
    crisis        BOOLEAN     NOT NULL,
    opened_at     DATETIME(6) NOT NULL,
    outcome       VARCHAR(10) NULL,
    decided_by    BINARY(16)  NULL,
    decided_at    DATETIME(6) NULL,
    decision_note TEXT        NULL,
    suspended_until DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_moderation_cases_open UNIQUE (open_subject),
    -- decided_by has no key to users: the operator at the command line decides too, and is no account
    CONSTRAINT fk_moderation_cases_author FOREIGN KEY (author_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- the queue: open cases, crisis first, oldest first
CREATE INDEX ix_moderation_cases_queue ON moderation_cases (outcome, crisis, opened_at);
CREATE INDEX ix_moderation_cases_author ON moderation_cases (author_id, opened_at);

CREATE TABLE moderation_reports (
    id          BINARY(16)   NOT NULL,
    case_id     BINARY(16)   NOT NULL,
    -- NULL: raised by the crisis screen
    reporter_id BINARY(16)   NULL,
    reason      VARCHAR(20)  NOT NULL,
    details     TEXT         NOT NULL,
    made_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    -- a member reports a case once
    CONSTRAINT uq_moderation_reports_reporter UNIQUE (case_id, reporter_id),
    CONSTRAINT fk_moderation_reports_case FOREIGN KEY (case_id) REFERENCES moderation_cases (id),
    CONSTRAINT fk_moderation_reports_reporter FOREIGN KEY (reporter_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_moderation_reports_reporter ON moderation_reports (reporter_id, made_at);

CREATE TABLE moderation_reads (
    case_id      BINARY(16)  NOT NULL,
    moderator_id BINARY(16)  NOT NULL,
    read_at      DATETIME(6) NOT NULL,
    -- moderator_id has no key to users, as decided_by: the operator reads at the command line too
    CONSTRAINT fk_moderation_reads_case FOREIGN KEY (case_id) REFERENCES moderation_cases (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_moderation_reads_case ON moderation_reads (case_id, read_at);

CREATE TABLE suspensions (
    user_id    BINARY(16)  NOT NULL,
    since      DATETIME(6) NOT NULL,
    -- NULL: a ban
    until_at   DATETIME(6) NULL,
    CONSTRAINT fk_suspensions_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_suspensions_user ON suspensions (user_id, since);

ALTER TABLE group_posts ADD COLUMN hidden_at DATETIME(6) NULL;
ALTER TABLE group_comments ADD COLUMN hidden_at DATETIME(6) NULL;
ALTER TABLE chat_messages ADD COLUMN hidden_at DATETIME(6) NULL;

-- Every read of a chat message, session notes or a safety plan by someone other than its owners, appended and never
-- changed: who read (an account, or the operator's all-zero id), what and whose, why, and when. No foreign keys: an
-- entry outlives what it names, an erased account included.
CREATE TABLE audit_trail (
    id        BINARY(16)   NOT NULL,
    reader_id BINARY(16)   NOT NULL,
    what      VARCHAR(20)  NOT NULL,
    thing_id  BINARY(16)   NOT NULL,
    whose_id  BINARY(16)   NOT NULL,
    why       VARCHAR(200) NOT NULL,
    read_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_audit_trail_at ON audit_trail (read_at);
CREATE INDEX ix_audit_trail_reader ON audit_trail (reader_id, read_at);
CREATE INDEX ix_audit_trail_whose ON audit_trail (whose_id, read_at);

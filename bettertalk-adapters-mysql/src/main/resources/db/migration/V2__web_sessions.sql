-- Sign-in sessions, shared by every serve process. Only the SHA-256 of the browser's token is kept.
CREATE TABLE web_sessions (
    token_hash   CHAR(64)    NOT NULL,
    user_id      BINARY(16)  NOT NULL,
    csrf_token   VARCHAR(64) NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    last_seen_at DATETIME(6) NOT NULL,
    expires_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (token_hash),
    CONSTRAINT fk_web_sessions_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_web_sessions_user ON web_sessions (user_id);
CREATE INDEX ix_web_sessions_expiry ON web_sessions (expires_at);

-- Who blocked whom: while a row is here the blocker hears nothing from the blocked person.
CREATE TABLE blocks (
    blocker_id BINARY(16)  NOT NULL,
    blocked_id BINARY(16)  NOT NULL,
    blocked_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_blocks_pair UNIQUE (blocker_id, blocked_id),
    CONSTRAINT fk_blocks_blocker FOREIGN KEY (blocker_id) REFERENCES users (id),
    CONSTRAINT fk_blocks_blocked FOREIGN KEY (blocked_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Encryption at rest: the data key of each chat, person and moderation case, wrapped by a master key that is kept
-- outside the database (a key file), so a copy of the database alone opens nothing.
CREATE TABLE data_keys (
    -- chat:<id>, person:<id> or case:<id>
    scope         VARCHAR(80)   NOT NULL,
    master_key_id VARCHAR(40)   NOT NULL,
    wrapped_key   VARBINARY(80) NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (scope)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- keys status and rotation count and walk the keys one master key wraps
CREATE INDEX ix_data_keys_master ON data_keys (master_key_id, scope);

-- Ciphertext in base64 is a third longer than its text: a reported post's copy (10,000 characters) may outgrow TEXT.
ALTER TABLE moderation_cases MODIFY subject_copy MEDIUMTEXT NOT NULL;

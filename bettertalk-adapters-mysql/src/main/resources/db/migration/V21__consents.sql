-- Each version of the terms and the privacy notice a person agreed to, and when: kept for as long as the account.
CREATE TABLE consents (
    user_id   BINARY(16)  NOT NULL,
    version   VARCHAR(20) NOT NULL,
    agreed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id, version),
    CONSTRAINT fk_consents_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

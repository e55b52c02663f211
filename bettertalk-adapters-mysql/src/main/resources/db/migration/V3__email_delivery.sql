-- Email delivery: a lease on each claimed outbox row, so two dispatchers never send the same email, the time of its
-- last change, and the optional kinds of email each person turned off.

-- The claim that holds the row, and until when; both NULL when nobody does. A dispatcher records an outcome only
-- while its claim still holds the row.
ALTER TABLE email_outbox ADD COLUMN lease_holder VARCHAR(36) NULL;
ALTER TABLE email_outbox ADD COLUMN leased_until DATETIME(6) NULL;
-- when the row was queued or last changed (NULL on rows from before this migration: read as created_at)
ALTER TABLE email_outbox ADD COLUMN updated_at DATETIME(6) NULL;

-- one row per person and kind turned off; no row means the kind is on
CREATE TABLE email_preferences (
    user_id       BINARY(16)  NOT NULL,
    kind          VARCHAR(30) NOT NULL,
    turned_off_at DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id, kind),
    CONSTRAINT fk_email_preferences_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

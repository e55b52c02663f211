-- Each member's personal safety plan, one row per person, read and written by that person alone: no admin page,
-- report or command reads this table. A section is at most 2,000 characters (8,000 bytes of utf8mb4, well within
-- TEXT) and empty when not written; updated_at is when it was last saved, in UTC.
CREATE TABLE safety_plans (
    user_id            BINARY(16)  NOT NULL,
    warning_signs      TEXT        NOT NULL,
    coping_steps       TEXT        NOT NULL,
    people_to_call     TEXT        NOT NULL,
    reasons_for_living TEXT        NOT NULL,
    safe_surroundings  TEXT        NOT NULL,
    updated_at         DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id),
    CONSTRAINT fk_safety_plans_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

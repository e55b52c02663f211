-- BetterTalk's whole data model. One migration set for MySQL 8.4, MariaDB 10.11+ and H2 in MySQL mode.
-- Ids are UUIDs as BINARY(16). Timestamps are UTC, DATETIME(6): microseconds round-trip.
-- Unique keys enforce what the database can enforce itself, so racing requests cannot break the rules.

CREATE TABLE users (
    id                 BINARY(16)   NOT NULL,
    google_subject     VARCHAR(255) NOT NULL,
    email              VARCHAR(254) NOT NULL,
    google_name        VARCHAR(255) NOT NULL,
    role               VARCHAR(10)  NOT NULL,
    phone_number       VARCHAR(16)  NULL,
    age                SMALLINT     NULL,
    anonymous_username VARCHAR(20)  NULL,
    -- lower-cased username: one anonymous username ignoring case, on every database and collation
    username_key       VARCHAR(20)  NULL,
    display_name       VARCHAR(200) NOT NULL DEFAULT '',
    bio                TEXT         NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_users_google_subject UNIQUE (google_subject),
    CONSTRAINT uq_users_username_key UNIQUE (username_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_users_email ON users (email);
CREATE INDEX ix_users_role ON users (role, created_at);

CREATE TABLE mentors (
    user_id          BINARY(16)   NOT NULL,
    headline         VARCHAR(480) NOT NULL,
    bio              TEXT         NOT NULL,
    experience_years SMALLINT     NOT NULL,
    is_verified      BOOLEAN      NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (user_id),
    CONSTRAINT fk_mentors_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_mentors_verified ON mentors (is_verified, created_at);

-- expertise tags and languages, in the order the mentor gave them
CREATE TABLE mentor_tags (
    mentor_id BINARY(16)   NOT NULL,
    kind      VARCHAR(10)  NOT NULL,
    position  SMALLINT     NOT NULL,
    tag       VARCHAR(120) NOT NULL,
    PRIMARY KEY (mentor_id, kind, position),
    CONSTRAINT fk_mentor_tags_mentor FOREIGN KEY (mentor_id) REFERENCES mentors (user_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE mentor_plans (
    id                   BINARY(16)   NOT NULL,
    mentor_id            BINARY(16)   NOT NULL,
    title                VARCHAR(480) NOT NULL,
    description          TEXT         NOT NULL,
    price_paise          BIGINT       NOT NULL,
    live_session_minutes SMALLINT     NOT NULL,
    chat_window_days     SMALLINT     NOT NULL,
    is_active            BOOLEAN      NOT NULL,
    created_at           DATETIME(6)  NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_mentor_plans_mentor FOREIGN KEY (mentor_id) REFERENCES mentors (user_id),
    CONSTRAINT ck_mentor_plans_price CHECK (price_paise > 0),
    CONSTRAINT ck_mentor_plans_days CHECK (chat_window_days BETWEEN 1 AND 90)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_mentor_plans_mentor ON mentor_plans (mentor_id, created_at);

-- "groups" is a reserved word in MySQL 8
CREATE TABLE topic_groups (
    id          BINARY(16)    NOT NULL,
    name        VARCHAR(320)  NOT NULL,
    name_key    VARCHAR(320)  NOT NULL,
    description VARCHAR(2000) NOT NULL,
    created_by  BINARY(16)    NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_topic_groups_name_key UNIQUE (name_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE group_members (
    group_id  BINARY(16)  NOT NULL,
    user_id   BINARY(16)  NOT NULL,
    joined_at DATETIME(6) NOT NULL,
    seq       BIGINT      NOT NULL AUTO_INCREMENT,
    PRIMARY KEY (group_id, user_id),
    CONSTRAINT uq_group_members_seq UNIQUE (seq),
    CONSTRAINT fk_group_members_group FOREIGN KEY (group_id) REFERENCES topic_groups (id),
    CONSTRAINT fk_group_members_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_group_members_user ON group_members (user_id, seq);

CREATE TABLE group_posts (
    seq        BIGINT      NOT NULL AUTO_INCREMENT,
    id         BINARY(16)  NOT NULL,
    group_id   BINARY(16)  NOT NULL,
    user_id    BINARY(16)  NOT NULL,
    content    TEXT        NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (seq),
    CONSTRAINT uq_group_posts_id UNIQUE (id),
    CONSTRAINT fk_group_posts_group FOREIGN KEY (group_id) REFERENCES topic_groups (id),
    CONSTRAINT fk_group_posts_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- posts of a group, newest first
CREATE INDEX ix_group_posts_group ON group_posts (group_id, seq);

CREATE TABLE group_comments (
    seq        BIGINT      NOT NULL AUTO_INCREMENT,
    id         BINARY(16)  NOT NULL,
    post_id    BINARY(16)  NOT NULL,
    user_id    BINARY(16)  NOT NULL,
    content    TEXT        NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (seq),
    CONSTRAINT uq_group_comments_id UNIQUE (id),
    CONSTRAINT fk_group_comments_post FOREIGN KEY (post_id) REFERENCES group_posts (id),
    CONSTRAINT fk_group_comments_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_group_comments_post ON group_comments (post_id, seq);

CREATE TABLE bookings (
    seq               BIGINT       NOT NULL AUTO_INCREMENT,
    id                BINARY(16)   NOT NULL,
    user_id           BINARY(16)   NOT NULL,
    mentor_id         BINARY(16)   NOT NULL,
    plan_id           BINARY(16)   NOT NULL,
    plan_title        VARCHAR(480) NOT NULL,
    price_paise       BIGINT       NOT NULL,
    chat_window_days  SMALLINT     NOT NULL,
    status            VARCHAR(10)  NOT NULL,
    -- NULL until confirmed: a payment reference confirms one booking at most
    payment_reference VARCHAR(100) NULL,
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (seq),
    CONSTRAINT uq_bookings_id UNIQUE (id),
    CONSTRAINT uq_bookings_payment_reference UNIQUE (payment_reference),
    CONSTRAINT fk_bookings_user FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT fk_bookings_mentor FOREIGN KEY (mentor_id) REFERENCES mentors (user_id),
    CONSTRAINT fk_bookings_plan FOREIGN KEY (plan_id) REFERENCES mentor_plans (id),
    CONSTRAINT ck_bookings_status CHECK (status IN ('PENDING', 'CONFIRMED', 'CANCELLED', 'EXPIRED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_bookings_user ON bookings (user_id, seq);
CREATE INDEX ix_bookings_mentor ON bookings (mentor_id, seq);
CREATE INDEX ix_bookings_pair ON bookings (user_id, mentor_id, status);

CREATE TABLE chats (
    id            BINARY(16)  NOT NULL,
    user_id       BINARY(16)  NOT NULL,
    mentor_id     BINARY(16)  NOT NULL,
    chat_start_at DATETIME(6) NOT NULL,
    chat_end_at   DATETIME(6) NOT NULL,
    is_active     BOOLEAN     NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    -- exactly one thread per user and mentor
    CONSTRAINT uq_chats_pair UNIQUE (user_id, mentor_id),
    CONSTRAINT fk_chats_user FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT fk_chats_mentor FOREIGN KEY (mentor_id) REFERENCES mentors (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_chats_mentor ON chats (mentor_id);
-- the sweep's query: active chats whose window has ended
CREATE INDEX ix_chats_active_end ON chats (is_active, chat_end_at);

CREATE TABLE chat_messages (
    seq               BIGINT      NOT NULL AUTO_INCREMENT,
    id                BINARY(16)  NOT NULL,
    chat_id           BINARY(16)  NOT NULL,
    sender_id         BINARY(16)  NOT NULL,
    client_message_id VARCHAR(64) NOT NULL,
    message_text      TEXT        NOT NULL,
    sent_at           DATETIME(6) NOT NULL,
    PRIMARY KEY (seq),
    CONSTRAINT uq_chat_messages_id UNIQUE (id),
    -- a retried send is stored once
    CONSTRAINT uq_chat_messages_client_id UNIQUE (sender_id, client_message_id),
    CONSTRAINT fk_chat_messages_chat FOREIGN KEY (chat_id) REFERENCES chats (id),
    CONSTRAINT fk_chat_messages_sender FOREIGN KEY (sender_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- messages of a chat after a given one
CREATE INDEX ix_chat_messages_chat ON chat_messages (chat_id, seq);

-- every saved revision of a thread's notes; the highest version is the current text
CREATE TABLE session_notes (
    chat_id    BINARY(16)  NOT NULL,
    version    INT         NOT NULL,
    notes_text MEDIUMTEXT  NOT NULL,
    edited_by  BINARY(16)  NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    PRIMARY KEY (chat_id, version),
    CONSTRAINT fk_session_notes_chat FOREIGN KEY (chat_id) REFERENCES chats (id),
    CONSTRAINT fk_session_notes_editor FOREIGN KEY (edited_by) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE email_outbox (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    deduplication_key VARCHAR(200)  NOT NULL,
    kind              VARCHAR(30)   NOT NULL,
    recipient_id      BINARY(16)    NOT NULL,
    payload           TEXT          NOT NULL,
    status            VARCHAR(10)   NOT NULL,
    attempts          INT           NOT NULL DEFAULT 0,
    due_at            DATETIME(6)   NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    sent_at           DATETIME(6)   NULL,
    smtp_message_id   VARCHAR(255)  NULL,
    last_error        VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    -- the same event never queues twice
    CONSTRAINT uq_email_outbox_dedup UNIQUE (deduplication_key),
    CONSTRAINT fk_email_outbox_recipient FOREIGN KEY (recipient_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- the dispatcher's query: due rows waiting to be sent
CREATE INDEX ix_email_outbox_due ON email_outbox (status, due_at);

-- How far each participant has read each of their chats: the seq of the last message they were shown. What the
-- other participant sent after it is unread.
CREATE TABLE chat_reads (
    chat_id       BINARY(16)  NOT NULL,
    user_id       BINARY(16)  NOT NULL,
    last_read_seq BIGINT      NOT NULL,
    read_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (chat_id, user_id),
    CONSTRAINT fk_chat_reads_chat FOREIGN KEY (chat_id) REFERENCES chats (id),
    CONSTRAINT fk_chat_reads_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

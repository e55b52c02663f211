-- The words admins watch for in posts and comments. The word is kept as its UTF-8 bytes, already folded by the
-- application (NFKC, lower case), so no collation makes two different words one. added_by is the admin, or the
-- operator's fixed id when the CLI added it, so it has no foreign key.
CREATE TABLE watched_words (
    word     VARBINARY(240) NOT NULL,
    action   VARCHAR(8)     NOT NULL,
    added_by BINARY(16)     NOT NULL,
    added_at DATETIME(6)    NOT NULL,
    CONSTRAINT pk_watched_words PRIMARY KEY (word)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- A case about a post or comment a watched word holds back until a moderator approves it.
ALTER TABLE moderation_cases ADD COLUMN held BOOLEAN NOT NULL DEFAULT FALSE;

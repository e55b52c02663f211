-- The name a mentor is shown by on their page and in the directory (members stay anonymous). Mentors who applied
-- before there was one are shown as before: by their display name, or by their anonymous username where the display
-- name is shorter than a mentor's name may be.
ALTER TABLE mentors ADD COLUMN public_name VARCHAR(240) NOT NULL DEFAULT '';

UPDATE mentors SET public_name = (
    SELECT CASE WHEN CHAR_LENGTH(u.display_name) >= 2 THEN u.display_name
                ELSE COALESCE(u.anonymous_username, 'Mentor') END
    FROM users u
    WHERE u.id = mentors.user_id);

-- A mentor's photo: the square portrait the server re-encoded from the upload (never the upload itself), kept in the
-- database so every server of a deployment serves it. version names the content (the start of its SHA-256).
CREATE TABLE mentor_photos (
    mentor_id    BINARY(16)  NOT NULL,
    content_type VARCHAR(40) NOT NULL,
    version      CHAR(16)    NOT NULL,
    image        MEDIUMBLOB  NOT NULL,
    updated_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (mentor_id),
    CONSTRAINT fk_mentor_photos_mentor FOREIGN KEY (mentor_id) REFERENCES mentors (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

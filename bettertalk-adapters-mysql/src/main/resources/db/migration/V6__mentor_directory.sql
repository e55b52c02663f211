-- The mentor directory: each mentor's review tally beside the mentor, and keys that let the directory filter
-- and search case-insensitively the same way on MySQL, MariaDB and H2 (whose string comparison is case-sensitive).

-- Kept by the reviews as they are written, so ranking by rating reads one row per mentor.
CREATE TABLE mentor_ratings (
    mentor_id    BINARY(16) NOT NULL,
    review_count INT        NOT NULL,
    star_total   BIGINT     NOT NULL,
    PRIMARY KEY (mentor_id),
    CONSTRAINT fk_mentor_ratings_mentor FOREIGN KEY (mentor_id) REFERENCES mentors (user_id),
    CONSTRAINT ck_mentor_ratings_count CHECK (review_count >= 0),
    -- every review gives 1 to 5 stars
    CONSTRAINT ck_mentor_ratings_stars CHECK (star_total BETWEEN review_count AND 5 * review_count)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- the tag lower-cased by the application (Locale.ROOT), which the directory's filters and search compare with
ALTER TABLE mentor_tags ADD COLUMN tag_key VARCHAR(120) NOT NULL DEFAULT '';
UPDATE mentor_tags SET tag_key = LOWER(tag);

-- "mentors with topic x or y": from the tag to its mentors
CREATE INDEX ix_mentor_tags_key ON mentor_tags (kind, tag_key, mentor_id);
-- a mentor's lowest active price, read from the index alone
CREATE INDEX ix_mentor_plans_active_price ON mentor_plans (mentor_id, is_active, price_paise);

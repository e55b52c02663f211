-- Reviews of paid sessions: one per booking, by the member who booked it, with the mentor's optional reply.
-- edited_at and reply_edited_at are NULL until a change; reply_text and replied_at are NULL until the mentor replies.
CREATE TABLE reviews (
    id              BINARY(16)  NOT NULL,
    booking_id      BINARY(16)  NOT NULL,
    member_id       BINARY(16)  NOT NULL,
    mentor_id       BINARY(16)  NOT NULL,
    stars           SMALLINT    NOT NULL,
    review_text     TEXT        NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    edited_at       DATETIME(6) NULL,
    reply_text      TEXT        NULL,
    replied_at      DATETIME(6) NULL,
    reply_edited_at DATETIME(6) NULL,
    PRIMARY KEY (id),
    -- one review per booking, however two requests race
    CONSTRAINT uq_reviews_booking UNIQUE (booking_id),
    CONSTRAINT fk_reviews_booking FOREIGN KEY (booking_id) REFERENCES bookings (id),
    CONSTRAINT fk_reviews_member FOREIGN KEY (member_id) REFERENCES users (id),
    CONSTRAINT fk_reviews_mentor FOREIGN KEY (mentor_id) REFERENCES mentors (user_id),
    CONSTRAINT ck_reviews_stars CHECK (stars BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- a mentor's reviews newest first, paged on (created_at, id)
CREATE INDEX ix_reviews_mentor ON reviews (mentor_id, created_at, id);

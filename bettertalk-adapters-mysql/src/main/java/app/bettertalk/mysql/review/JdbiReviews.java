package app.bettertalk.mysql.review;

import app.bettertalk.core.booking.BookingId;
import app.bettertalk.core.review.Reply;
import app.bettertalk.core.review.Review;
import app.bettertalk.core.review.ReviewCursor;
import app.bettertalk.core.review.ReviewId;
import app.bettertalk.core.review.Reviews;
import app.bettertalk.core.review.Stars;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.mysql.Columns;
import app.bettertalk.mysql.StoreErrors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link Reviews} in {@code reviews}; the unique booking key keeps a booking to one review. */
public final class JdbiReviews implements Reviews {
    private final Jdbi jdbi;

    public JdbiReviews(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Review> byId(ReviewId id) {
        return one("SELECT * FROM reviews WHERE id = ?", id.value());
    }

    @Override
    public Optional<Review> lockById(ReviewId id) {
        return one("SELECT * FROM reviews WHERE id = ? FOR UPDATE", id.value());
    }

    @Override
    public Optional<Review> lockByBooking(BookingId booking) {
        return one("SELECT * FROM reviews WHERE booking_id = ? FOR UPDATE", booking.value());
    }

    @Override
    public Optional<Review> byBooking(BookingId booking) {
        return one("SELECT * FROM reviews WHERE booking_id = ?", booking.value());
    }

    @Override
    public List<Review> ofMentor(UserId mentor, ReviewCursor from, int limit) {
        // Keyset paging along ix_reviews_mentor; the OR form is the one H2, MariaDB and MySQL all read alike.
        return jdbi.withHandle(handle -> switch (from) {
            case ReviewCursor.Newest newest -> handle.createQuery("""
                            SELECT * FROM reviews WHERE mentor_id = ?
                            ORDER BY created_at DESC, id DESC LIMIT ?""")
                    .bind(0, Columns.id(mentor.value())).bind(1, limit)
                    .map(JdbiReviews::review).list();
            case ReviewCursor.After after -> handle.createQuery("""
                            SELECT * FROM reviews WHERE mentor_id = ?
                              AND (created_at < ? OR (created_at = ? AND id < ?))
                            ORDER BY created_at DESC, id DESC LIMIT ?""")
                    .bind(0, Columns.id(mentor.value()))
                    .bind(1, Columns.at(after.createdAt())).bind(2, Columns.at(after.createdAt()))
                    .bind(3, Columns.id(after.id().value())).bind(4, limit)
                    .map(JdbiReviews::review).list();
        });
    }

    @Override
    public void add(Review review) {
        write("""
                INSERT INTO reviews (booking_id, member_id, mentor_id, stars, review_text, created_at, edited_at,
                                     reply_text, replied_at, reply_edited_at, id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", review);
    }

    @Override
    public void update(Review review) {
        write("""
                UPDATE reviews SET booking_id = ?, member_id = ?, mentor_id = ?, stars = ?, review_text = ?,
                                   created_at = ?, edited_at = ?, reply_text = ?, replied_at = ?, reply_edited_at = ?
                WHERE id = ?""", review);
    }

    private void write(String sql, Review review) {
        var reply = review.reply();
        try {
            jdbi.useHandle(handle -> handle.createUpdate(sql)
                    .bind(0, Columns.id(review.booking().value()))
                    .bind(1, Columns.id(review.member().value()))
                    .bind(2, Columns.id(review.mentor().value()))
                    .bind(3, review.stars().value())
                    .bind(4, review.text())
                    .bind(5, Columns.at(review.createdAt()))
                    .bind(6, review.editedAt().map(Columns::at).orElse(null))
                    .bind(7, reply.map(Reply::text).orElse(null))
                    .bind(8, reply.map(Reply::repliedAt).map(Columns::at).orElse(null))
                    .bind(9, reply.flatMap(Reply::editedAt).map(Columns::at).orElse(null))
                    .bind(10, Columns.id(review.id().value()))
                    .execute());
        } catch (RuntimeException e) {
            if (StoreErrors.isDuplicateOf(e, "uq_reviews_booking")) {
                throw new DomainException.Conflict("review_exists", "This booking has been reviewed already.");
            }
            throw e;
        }
    }

    private Optional<Review> one(String sql, UUID id) {
        return jdbi.withHandle(handle -> handle.createQuery(sql).bind(0, Columns.id(id)).map(JdbiReviews::review)
                .findOne());
    }

    private static Review review(ResultSet rs, StatementContext ctx) throws SQLException {
        var replyText = rs.getString("reply_text");
        var reply = replyText == null ? Optional.<Reply>empty() : Optional.of(new Reply(replyText,
                Columns.instant(rs, "replied_at"), optionalInstant(rs, "reply_edited_at")));
        return new Review(new ReviewId(Columns.uuid(rs, "id")), new BookingId(Columns.uuid(rs, "booking_id")),
                new UserId(Columns.uuid(rs, "member_id")), new UserId(Columns.uuid(rs, "mentor_id")),
                new Stars(rs.getInt("stars")), rs.getString("review_text"), Columns.instant(rs, "created_at"),
                optionalInstant(rs, "edited_at"), reply);
    }

    private static Optional<Instant> optionalInstant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, LocalDateTime.class);
        return value == null ? Optional.empty() : Optional.of(value.toInstant(ZoneOffset.UTC));
    }
}

package app.bettertalk.mysql.booking;

import app.bettertalk.core.access.Participants;
import app.bettertalk.core.booking.Booking;
import app.bettertalk.core.booking.BookingId;
import app.bettertalk.core.booking.BookingStatus;
import app.bettertalk.core.booking.Bookings;
import app.bettertalk.core.mentor.CancellationRule;
import app.bettertalk.core.mentor.PlanId;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.mysql.Columns;
import app.bettertalk.mysql.StoreErrors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link Bookings} in {@code bookings}; the unique payment reference stops one payment confirming two bookings. */
public final class JdbiBookings implements Bookings {
    private final Jdbi jdbi;

    public JdbiBookings(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Booking> byId(BookingId id) {
        return one("SELECT * FROM bookings WHERE id = ?", Columns.id(id.value()));
    }

    @Override
    public Optional<Booking> lockById(BookingId id) {
        return one("SELECT * FROM bookings WHERE id = ? FOR UPDATE", Columns.id(id.value()));
    }

    @Override
    public Optional<Booking> byPaymentReference(String paymentReference) {
        return one("SELECT * FROM bookings WHERE payment_reference = ?", paymentReference);
    }

    @Override
    public List<Booking> ofUser(UserId user) {
        return list("SELECT * FROM bookings WHERE user_id = ? ORDER BY seq DESC", user);
    }

    @Override
    public List<Booking> ofMentor(UserId mentor) {
        return list("SELECT * FROM bookings WHERE mentor_id = ? ORDER BY seq DESC", mentor);
    }

    @Override
    public List<Booking> ofPair(UserId user, UserId mentor) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM bookings WHERE user_id = ? AND mentor_id = ? ORDER BY seq")
                .bind(0, Columns.id(user.value())).bind(1, Columns.id(mentor.value()))
                .map(JdbiBookings::booking).list());
    }

    @Override
    public List<Booking> pendingCreatedBefore(Instant before, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM bookings WHERE status = 'PENDING' AND created_at < ?
                        ORDER BY created_at LIMIT ?""")
                .bind(0, Columns.at(before)).bind(1, limit).map(JdbiBookings::booking).list());
    }

    @Override
    public List<Booking> confirmedOf(Collection<? extends Participants> pairs) {
        if (pairs.isEmpty()) {
            return List.of();
        }
        // The same shape as expireConfirmedOf's statement, for the same index: the rows it is about to expire.
        var users = pairs.stream().map(pair -> pair.user().value()).distinct().toList();
        var userMarks = String.join(", ", users.stream().map(user -> "?").toList());
        var pairMarks = String.join(", ", pairs.stream().map(pair -> "(?, ?)").toList());
        return jdbi.withHandle(handle -> {
            var query = handle.createQuery("SELECT * FROM bookings WHERE status = 'CONFIRMED' AND user_id IN ("
                    + userMarks + ") AND (user_id, mentor_id) IN (" + pairMarks + ") ORDER BY seq");
            var position = 0;
            for (var user : users) {
                query.bind(position++, Columns.id(user));
            }
            for (var pair : pairs) {
                query.bind(position++, Columns.id(pair.user().value()));
                query.bind(position++, Columns.id(pair.mentor().value()));
            }
            return query.map(JdbiBookings::booking).list();
        });
    }

    @Override
    public int expireConfirmedOf(Collection<? extends Participants> pairs, Instant at) {
        if (pairs.isEmpty()) {
            return 0;
        }
        // The user_id IN list lets the server range-scan ix_bookings_pair by its first column; a row-value IN alone
        // of thousands of pairs makes MariaDB give up on the index and scan every booking, once per batch.
        var users = pairs.stream().map(pair -> pair.user().value()).distinct().toList();
        var userMarks = String.join(", ", users.stream().map(user -> "?").toList());
        var pairMarks = String.join(", ", pairs.stream().map(pair -> "(?, ?)").toList());
        return jdbi.withHandle(handle -> {
            // One statement per sweep batch, not a read and a write per booking: this bypasses Booking.expire() on
            // purpose, for speed, and so restates its rule (BookingStatus.canMoveTo: only CONFIRMED may become
            // EXPIRED) as "WHERE status = 'CONFIRMED'". Change the two together; BookingsContract's
            // the_bulk_expiry_moves_a_booking_exactly_when_the_model_lets_it_expire fails on every target until
            // they agree.
            var update = handle.createUpdate("UPDATE bookings SET status = 'EXPIRED', updated_at = ? "
                    + "WHERE status = 'CONFIRMED' AND user_id IN (" + userMarks + ") "
                    + "AND (user_id, mentor_id) IN (" + pairMarks + ")");
            update.bind(0, Columns.at(at));
            var position = 1;
            for (var user : users) {
                update.bind(position++, Columns.id(user));
            }
            for (var pair : pairs) {
                update.bind(position++, Columns.id(pair.user().value()));
                update.bind(position++, Columns.id(pair.mentor().value()));
            }
            return update.execute();
        });
    }

    @Override
    public void add(Booking booking) {
        write("""
                INSERT INTO bookings (user_id, mentor_id, plan_id, plan_title, price_paise, chat_window_days, status,
                                      payment_reference, created_at, updated_at, cancellation_rule, id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", booking);
    }

    @Override
    public void update(Booking booking) {
        write("""
                UPDATE bookings SET user_id = ?, mentor_id = ?, plan_id = ?, plan_title = ?, price_paise = ?,
                                    chat_window_days = ?, status = ?, payment_reference = ?, created_at = ?,
                                    updated_at = ?, cancellation_rule = ?
                WHERE id = ?""", booking);
    }

    private void write(String sql, Booking booking) {
        try {
            jdbi.useHandle(handle -> handle.createUpdate(sql)
                    .bind(0, Columns.id(booking.user().value()))
                    .bind(1, Columns.id(booking.mentor().value()))
                    .bind(2, Columns.id(booking.plan().value()))
                    .bind(3, booking.planTitle())
                    .bind(4, booking.price().value())
                    .bind(5, booking.chatWindowDays())
                    .bind(6, booking.status().name())
                    .bind(7, booking.paymentReference().isEmpty() ? null : booking.paymentReference())
                    .bind(8, Columns.at(booking.createdAt()))
                    .bind(9, Columns.at(booking.updatedAt()))
                    .bind(10, booking.cancellationRule().name())
                    .bind(11, Columns.id(booking.id().value()))
                    .execute());
        } catch (RuntimeException e) {
            if (StoreErrors.isDuplicateOf(e, "uq_bookings_payment_reference")) {
                throw new DomainException.Conflict("payment_reference_used",
                        "That payment reference already confirmed another booking.");
            }
            throw e;
        }
    }

    private Optional<Booking> one(String sql, Object value) {
        return jdbi.withHandle(handle -> handle.createQuery(sql).bind(0, value).map(JdbiBookings::booking).findOne());
    }

    private List<Booking> list(String sql, UserId person) {
        return jdbi.withHandle(handle -> handle.createQuery(sql).bind(0, Columns.id(person.value()))
                .map(JdbiBookings::booking).list());
    }

    private static Booking booking(ResultSet rs, StatementContext ctx) throws SQLException {
        var reference = rs.getString("payment_reference");
        return new Booking(new BookingId(Columns.uuid(rs, "id")), new UserId(Columns.uuid(rs, "user_id")),
                new UserId(Columns.uuid(rs, "mentor_id")), new PlanId(Columns.uuid(rs, "plan_id")),
                rs.getString("plan_title"), new Paise(rs.getLong("price_paise")), rs.getInt("chat_window_days"),
                CancellationRule.valueOf(rs.getString("cancellation_rule")), BookingStatus.valueOf(rs.getString("status")), reference == null ? "" : reference,
                Columns.instant(rs, "created_at"), Columns.instant(rs, "updated_at"));
    }
}

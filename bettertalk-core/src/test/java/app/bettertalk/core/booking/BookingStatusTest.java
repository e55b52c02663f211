package app.bettertalk.core.booking;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class BookingStatusTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "PENDING,   PENDING,   false",
            "PENDING,   CONFIRMED, true",
            "PENDING,   CANCELLED, true",
            "PENDING,   EXPIRED,   false",
            "CONFIRMED, PENDING,   false",
            "CONFIRMED, CONFIRMED, false",
            "CONFIRMED, CANCELLED, false",
            "CONFIRMED, EXPIRED,   true",
            "CANCELLED, PENDING,   false",
            "CANCELLED, CONFIRMED, false",
            "CANCELLED, CANCELLED, false",
            "CANCELLED, EXPIRED,   false",
            "EXPIRED,   PENDING,   false",
            "EXPIRED,   CONFIRMED, false",
            "EXPIRED,   CANCELLED, false",
            "EXPIRED,   EXPIRED,   false",
    })
    void a_status_moves_only_along_the_allowed_edges(BookingStatus from, BookingStatus to, boolean allowed) {
        var answer = from.canMoveTo(to);

        assertThat(answer).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "PENDING,   false",
            "CONFIRMED, true",
            "CANCELLED, false",
            "EXPIRED,   true",
    })
    void a_booking_is_paid_once_confirmed_and_stays_paid_when_it_expires(BookingStatus status, boolean paid) {
        var answer = status.isPaid();

        assertThat(answer).isEqualTo(paid);
    }
}

package app.bettertalk.core.booking;

import app.bettertalk.core.shared.Ids;

import java.util.Objects;
import java.util.UUID;

/** Identity of a booking. */
public record BookingId(UUID value) {
    public BookingId {
        Objects.requireNonNull(value, "value");
    }

    public static BookingId random() {
        return new BookingId(UUID.randomUUID());
    }

    public static BookingId parse(String text) {
        return new BookingId(Ids.parse("booking", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

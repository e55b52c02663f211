package app.bettertalk.core.review;

import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.Ids;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * Where a page of a mentor's reviews starts, newest first: at the newest review, or just after the last review of the
 * page before. Keyset paging on (createdAt, id) keeps a page stable while new reviews arrive.
 */
public sealed interface ReviewCursor {
    ReviewCursor NEWEST = new Newest();

    /** The first page. */
    record Newest() implements ReviewCursor {
    }

    /** The reviews older than {@code (createdAt, id)}, in the order (createdAt, id) descending. */
    record After(Instant createdAt, ReviewId id) implements ReviewCursor {
        public After {
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(id, "id");
        }
    }

    /** The cursor that continues after {@code last}. */
    static ReviewCursor after(Review last) {
        return new After(last.createdAt(), last.id());
    }

    /** An opaque text for links: empty for the first page. */
    default String token() {
        return switch (this) {
            case Newest newest -> "";
            case After after -> Base64.getUrlEncoder().withoutPadding().encodeToString(
                    (after.createdAt() + "|" + after.id()).getBytes(StandardCharsets.UTF_8));
        };
    }

    /** The cursor of a {@link #token()}; empty or absent is the first page, anything malformed a validation error. */
    static ReviewCursor parse(String token) {
        if (token == null || token.isBlank()) {
            return NEWEST;
        }
        try {
            var text = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
            var bar = text.indexOf('|');
            if (bar < 0) {
                throw new IllegalArgumentException("no separator");
            }
            return new After(Instant.parse(text.substring(0, bar)),
                    new ReviewId(Ids.parse("after", text.substring(bar + 1))));
        } catch (IllegalArgumentException | DateTimeException | DomainException.Validation malformed) {
            throw new DomainException.Validation("after", "is not a page of these reviews");
        }
    }
}

package app.bettertalk.core.safety;

import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.Ids;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/** What a report is about: a post, a comment, a chat message or a person's profile, by its id. */
public record Subject(Kind kind, UUID id) {
    /** The kinds of thing that can be reported. */
    public enum Kind {
        POST, COMMENT, MESSAGE, PROFILE;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** A kind as forms and the API name it ({@code post}, {@code comment}, ...); anything else is a 422. */
        public static Kind parse(String text) {
            for (var kind : values()) {
                if (kind.key().equals(text == null ? "" : text.strip().toLowerCase(Locale.ROOT))) {
                    return kind;
                }
            }
            throw new DomainException.Validation("kind", "must be post, comment, message or profile");
        }
    }

    public Subject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static Subject of(String kind, String id) {
        return new Subject(Kind.parse(kind), Ids.parse(Kind.parse(kind).key(), id));
    }

    @Override
    public String toString() {
        return kind.key() + ":" + id;
    }
}

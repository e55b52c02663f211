package app.bettertalk.core.community;

import app.bettertalk.core.shared.Text;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/** A topic group people join to talk; its name is unique ignoring case. */
public record Group(GroupId id, String name, String description, UserId createdBy, Instant createdAt) {
    public Group {
        Objects.requireNonNull(id, "id");
        name = Text.required("name", name, 80);
        description = Text.optional("description", description, 500);
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The form two group names share when they clash. */
    public String nameKey() {
        return name.toLowerCase(Locale.ROOT);
    }
}

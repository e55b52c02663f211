package app.bettertalk.core.mentor;

import app.bettertalk.core.shared.Ids;

import java.util.Objects;
import java.util.UUID;

/** Identity of a mentor's plan. */
public record PlanId(UUID value) {
    public PlanId {
        Objects.requireNonNull(value, "value");
    }

    public static PlanId random() {
        return new PlanId(UUID.randomUUID());
    }

    public static PlanId parse(String text) {
        return new PlanId(Ids.parse("plan", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

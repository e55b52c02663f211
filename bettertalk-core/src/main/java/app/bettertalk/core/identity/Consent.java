package app.bettertalk.core.identity;

import java.time.Instant;
import java.util.Objects;

/**
 * A person's agreement to one version of the terms and the privacy notice, and when they gave it. {@link #CURRENT} is
 * the version the pages show now; onboarding records it, and a change of wording gets a new version.
 */
public record Consent(String version, Instant agreedAt) {
    /** The version of the terms and the privacy notice that {@code /terms} and {@code /privacy} show. */
    public static final String CURRENT = "2026-12-07";

    public Consent {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(agreedAt, "agreedAt");
    }
}

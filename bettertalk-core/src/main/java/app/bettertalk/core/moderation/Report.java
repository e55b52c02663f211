package app.bettertalk.core.moderation;

import app.bettertalk.core.shared.Text;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One report in a case: by a member, or by the crisis screen or a watched word when no one reported (no reporter).
 * A member reports a case once; reporting it again changes nothing.
 *
 * @param details what the reporter added in their own words (a screen: the phrase or watched word it matched)
 */
public record Report(UUID id, CaseId caseId, Optional<UserId> reporter, ReportReason reason, String details,
                     Instant madeAt) {
    public static final int MAX_DETAILS = 1_000;

    public Report {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(reason, "reason");
        details = Text.optional("details", details, MAX_DETAILS);
        Objects.requireNonNull(madeAt, "madeAt");
    }

    /** Whether the crisis screen or a watched word raised this report rather than a person. */
    public boolean byTheScreen() {
        return reporter.isEmpty();
    }
}

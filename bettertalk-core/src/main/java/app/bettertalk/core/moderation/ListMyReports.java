package app.bettertalk.core.moderation;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.safety.Subject;
import app.bettertalk.core.shared.UseCase;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A member's own reports, newest first, each with what came of it: still being looked at, or the outcome in plain
 * words. Nothing about the moderator, their note, or other reports is shown.
 */
@UseCase
public final class ListMyReports {
    /** How many reports the profile lists. */
    public static final int SHOWN = 20;

    private final ModerationCases cases;
    private final AccessPolicy access;

    public ListMyReports(ModerationCases cases, AccessPolicy access) {
        this.cases = cases;
        this.access = access;
    }

    /** One report as its reporter sees it. */
    public record MyReport(Subject.Kind kind, ReportReason reason, Instant madeAt, Optional<Outcome> outcome,
                           Optional<Instant> decidedAt) {
    }

    public List<MyReport> list(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        access.requireOnboarded(actor);
        return cases.reportsBy(actor.id(), SHOWN).stream().map(reported -> {
            var decision = reported.moderationCase().decision();
            return new MyReport(reported.moderationCase().subject().kind(), reported.report().reason(),
                    reported.report().madeAt(), decision.map(Decision::outcome), decision.map(Decision::decidedAt));
        }).toList();
    }
}

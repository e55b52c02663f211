package app.bettertalk.core.moderation;

import app.bettertalk.core.safety.Concern;
import app.bettertalk.core.safety.Concerns;

import java.util.Optional;
import java.util.UUID;

/**
 * Concerns the crisis screen raised become crisis cases, first in the moderators' queue, with a report by the screen
 * that names the phrase it matched.
 */
public final class CrisisCases implements Concerns {
    private final ModerationCases cases;

    public CrisisCases(ModerationCases cases) {
        this.cases = cases;
    }

    @Override
    public void raise(Concern concern) {
        var opened = cases.openFor(new ModerationCase(CaseId.random(), concern.subject(), concern.writer(),
                concern.text(), concern.place(), true, concern.at(), Optional.empty()));
        if (!opened.crisis()) {
            opened = opened.asCrisis();
            cases.update(opened);
        }
        cases.addReport(new Report(UUID.randomUUID(), opened.id(), Optional.empty(), ReportReason.SELF_HARM,
                "The crisis screen matched: " + concern.matched().phrase(), concern.at()));
    }
}

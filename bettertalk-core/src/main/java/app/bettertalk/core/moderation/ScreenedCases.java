package app.bettertalk.core.moderation;

import app.bettertalk.core.safety.Concern;
import app.bettertalk.core.safety.Concerns;
import app.bettertalk.core.safety.WordConcern;

import java.util.Optional;
import java.util.UUID;

/**
 * What the screens raise becomes cases with a report by the screen: a crisis concern a crisis case, first in the
 * moderators' queue, naming the phrase it matched; a watched word a case naming the word, holding its post or
 * comment back until a moderator approves it when the word holds.
 */
public final class ScreenedCases implements Concerns {
    private final ModerationCases cases;

    public ScreenedCases(ModerationCases cases) {
        this.cases = cases;
    }

    @Override
    public void raise(Concern concern) {
        var opened = cases.openFor(new ModerationCase(CaseId.random(), concern.subject(), concern.writer(),
                concern.text(), concern.place(), true, false, concern.at(), Optional.empty()));
        if (!opened.crisis()) {
            opened = opened.asCrisis();
            cases.update(opened);
        }
        cases.addReport(new Report(UUID.randomUUID(), opened.id(), Optional.empty(), ReportReason.SELF_HARM,
                "The crisis screen matched: " + concern.matched().phrase(), concern.at()));
    }

    @Override
    public void raise(WordConcern concern) {
        var opened = cases.openFor(new ModerationCase(CaseId.random(), concern.subject(), concern.writer(),
                concern.text(), concern.place(), false, concern.held(), concern.at(), Optional.empty()));
        if (concern.held() && !opened.held()) {
            opened = opened.asHeld();
            cases.update(opened);
        }
        cases.addReport(new Report(UUID.randomUUID(), opened.id(), Optional.empty(), ReportReason.WATCHED_WORD,
                "Watched word (" + concern.word().action().key() + "): " + concern.word().word(), concern.at()));
    }
}

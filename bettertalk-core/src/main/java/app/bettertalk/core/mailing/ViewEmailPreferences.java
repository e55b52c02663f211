package app.bettertalk.core.mailing;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.UseCase;

import java.util.Objects;

/** One's own email choices: which optional kinds are on. */
@UseCase
public final class ViewEmailPreferences {
    private final EmailPreferences preferences;
    private final AccessPolicy access;

    public ViewEmailPreferences(EmailPreferences preferences, AccessPolicy access) {
        this.preferences = preferences;
        this.access = access;
    }

    /** Input of {@link ViewEmailPreferences}: whose choices, always the actor's own. */
    public record Query(Actor actor) {
        public Query {
            Objects.requireNonNull(actor, "actor");
        }
    }

    public EmailChoices view(Query query) {
        access.requireOnboarded(query.actor());
        return new EmailChoices(preferences.turnedOff(query.actor().id()));
    }
}

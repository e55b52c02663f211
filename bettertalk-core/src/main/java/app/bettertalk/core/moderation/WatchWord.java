package app.bettertalk.core.moderation;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.safety.WatchedWord;
import app.bettertalk.core.safety.WatchedWords;
import app.bettertalk.core.safety.WordAction;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;
import java.util.Objects;

/**
 * An admin watches a word or phrase in posts and comments from now on: block, hold for approval, or flag. Watching
 * a word already watched changes what it does. Text already stored is not looked at again.
 */
@UseCase
public final class WatchWord {
    private final WatchedWords words;
    private final AccessPolicy access;
    private final Clock clock;

    public WatchWord(WatchedWords words, AccessPolicy access, Clock clock) {
        this.words = words;
        this.access = access;
        this.clock = clock;
    }

    /** Input of {@link WatchWord}; exists only with a word of an acceptable shape. */
    public record Command(Actor actor, String word, WordAction action) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            word = WatchedWord.normal(word);
            Objects.requireNonNull(action, "action");
        }
    }

    public WatchedWord watch(Command command) {
        access.requireAdmin(command.actor());
        var watched = new WatchedWord(command.word(), command.action(), command.actor().id(), clock.instant());
        words.put(watched);
        return watched;
    }
}

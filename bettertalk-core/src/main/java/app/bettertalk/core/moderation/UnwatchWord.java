package app.bettertalk.core.moderation;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.safety.WatchedWord;
import app.bettertalk.core.safety.WatchedWords;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UseCase;

import java.util.Objects;

/** An admin stops watching a word; one that was not watched is not found. */
@UseCase
public final class UnwatchWord {
    private final WatchedWords words;
    private final AccessPolicy access;

    public UnwatchWord(WatchedWords words, AccessPolicy access) {
        this.words = words;
        this.access = access;
    }

    /** Input of {@link UnwatchWord}: the word as typed, compared in its folded form. */
    public record Command(Actor actor, String word) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            word = WatchedWord.normal(word);
        }
    }

    public void unwatch(Command command) {
        access.requireAdmin(command.actor());
        if (!words.remove(command.word())) {
            throw new DomainException.NotFound("watched word");
        }
    }
}

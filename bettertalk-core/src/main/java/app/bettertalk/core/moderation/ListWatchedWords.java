package app.bettertalk.core.moderation;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.safety.WatchedWord;
import app.bettertalk.core.safety.WatchedWords;
import app.bettertalk.core.shared.UseCase;

import java.util.List;
import java.util.Objects;

/** An admin reads the watched words, alphabetically, with what each does and who added it. */
@UseCase
public final class ListWatchedWords {
    private final WatchedWords words;
    private final AccessPolicy access;

    public ListWatchedWords(WatchedWords words, AccessPolicy access) {
        this.words = words;
        this.access = access;
    }

    public List<WatchedWord> list(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        access.requireAdmin(actor);
        return words.all();
    }
}

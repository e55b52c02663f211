package app.bettertalk.core.community;

import app.bettertalk.core.access.Actor;
import app.bettertalk.core.identity.Users;
import app.bettertalk.core.safety.Concern;
import app.bettertalk.core.safety.Concerns;
import app.bettertalk.core.safety.ContactDetails;
import app.bettertalk.core.safety.CrisisConcern;
import app.bettertalk.core.safety.CrisisScreen;
import app.bettertalk.core.safety.LinkShapes;
import app.bettertalk.core.safety.Subject;
import app.bettertalk.core.safety.WatchedWords;
import app.bettertalk.core.safety.WordAction;
import app.bettertalk.core.safety.WordConcern;
import app.bettertalk.core.shared.DomainException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a post or comment passes before it is stored, in the order its writer meets it: the crisis screen (helplines
 * first, never a refusal), contact details hidden, no links in an account's first {@code newAccountFor}, and the
 * watched words: a blocked one refuses the text, a held one keeps it from everyone else until a moderator approves
 * it, a flagged one lets it out and tells moderators. The same for new text and for an edit.
 */
public final class PublicWriting {
    private final CrisisScreen screen;
    private final Concerns concerns;
    private final WatchedWords watchedWords;
    private final Users users;
    private final Duration newAccountFor;
    private final Clock clock;

    public PublicWriting(CrisisScreen screen, Concerns concerns, WatchedWords watchedWords, Users users,
                         Duration newAccountFor, Clock clock) {
        this.screen = screen;
        this.concerns = concerns;
        this.watchedWords = watchedWords;
        this.users = users;
        this.newAccountFor = newAccountFor;
        this.clock = clock;
    }

    /** The text to store, and what it raised for moderators. */
    public record Screened(String text, Optional<CrisisConcern> crisis, Optional<WatchedWords.Hit> word) {
        public Screened {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(crisis, "crisis");
            Objects.requireNonNull(word, "word");
        }

        /** Whether the text waits for a moderator's approval before anyone else sees it. */
        public boolean held() {
            return word.filter(hit -> hit.word().action() == WordAction.HOLD).isPresent();
        }
    }

    /**
     * What {@code actor} writing {@code typed} stores; a writer not yet offered help for a text that suggests they
     * may be at risk is stopped with {@link DomainException.HelpOffered}, a link from a new account or a blocked
     * word is a 422 that names it, and nothing is stored.
     */
    public Screened screen(Actor actor, String typed, boolean sendAnyway) {
        var crisis = screen.heldUnlessSentAnyway(typed, sendAnyway);
        var text = ContactDetails.mask(typed).text();
        if (LinkShapes.anyIn(text) && isNew(actor)) {
            throw new DomainException.Validation("content",
                    "cannot have links until your account is " + spoken(newAccountFor) + " old, to keep spam out");
        }
        var word = WatchedWords.strongestIn(text, watchedWords.all());
        if (word.isPresent() && word.get().word().action() == WordAction.BLOCK) {
            throw new DomainException.Validation("content",
                    "has “" + word.get().said() + "”, which is not allowed here: change it and try again");
        }
        return new Screened(text, crisis, word);
    }

    /** Tells moderators what stored text raised; called in the transaction that stored it, in {@code group}. */
    public void raise(Screened screened, Subject subject, Actor writer, GroupId group, Instant at) {
        var place = Optional.of(group.value());
        screened.crisis().ifPresent(matched -> concerns.raise(
                new Concern(subject, writer.id(), screened.text(), place, matched, at)));
        screened.word().filter(hit -> hit.word().action() != WordAction.BLOCK).ifPresent(hit -> concerns.raise(
                new WordConcern(subject, writer.id(), screened.text(), place, hit.word(), at)));
    }

    private boolean isNew(Actor actor) {
        return users.byId(actor.id())
                .map(user -> user.isNewAt(clock.instant(), newAccountFor))
                .orElse(false);
    }

    private static String spoken(Duration length) {
        if (length.toDays() > 0 && length.equals(Duration.ofDays(length.toDays()))) {
            return length.toDays() == 1 ? "a day" : length.toDays() + " days";
        }
        if (length.toHours() > 0 && length.equals(Duration.ofHours(length.toHours()))) {
            return length.toHours() == 1 ? "an hour" : length.toHours() + " hours";
        }
        var minutes = Math.max(1, length.toMinutes());
        return minutes == 1 ? "a minute" : minutes + " minutes";
    }
}

package app.bettertalk.core.identity;

import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.NameSkeletons;
import app.bettertalk.core.shared.ShownName;
import app.bettertalk.core.shared.UserId;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Names that would pass for another: a name is refused when its {@link NameSkeletons skeleton} is another account's
 * username's, or a reserved word's. A username being chosen is held to {@link AnonymousUsername}'s reserved words
 * in disguise ({@code rnentor}, {@code adrnin}, {@code supp0rt}, digits or underscores added too); a display name or
 * a mentor's public name to {@link ShownName}'s, word by word as there, and may be its owner's own username.
 */
public final class Lookalikes {
    private final Users users;
    private final NameSkeletons skeletons;
    private final Set<String> reservedUsernames;
    private final Set<String> reservedShownNames;
    private final String service;

    public Lookalikes(Users users, NameSkeletons skeletons) {
        this.users = users;
        this.skeletons = skeletons;
        this.reservedUsernames = skeletonsOf(AnonymousUsername.reservedWords());
        this.reservedShownNames = skeletonsOf(ShownName.reservedWords());
        this.service = skeletons.skeleton("bettertalk");
    }

    /**
     * Refuses a username being chosen that looks like a reserved word ({@code Validation} on {@code username}) or
     * like the username of an account other than {@code chooser} ({@code Conflict("username_taken")}, as a taken one).
     */
    public void checkUsername(AnonymousUsername username, UserId chooser) {
        if (disguisedForms(username.value()).anyMatch(this::reservedUsername)) {
            throw new DomainException.Validation("username", "is reserved; choose another");
        }
        if (users.byUsernameLike(username.value()).filter(holder -> !holder.id().equals(chooser)).isPresent()) {
            throw new DomainException.Conflict("username_taken", "That anonymous username is taken; choose another.");
        }
    }

    /**
     * Refuses a name others are shown, already past {@link ShownName}, that looks like a reserved word or like the
     * username of an account other than {@code owner}: a {@code Validation} on {@code field}.
     */
    public void checkShownName(String field, String name, UserId owner) {
        var words = Arrays.stream(name.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).toList();
        var forms = Stream.concat(Stream.of(name), words.stream()).map(skeletons::skeleton);
        var joined = skeletons.skeleton(String.join("", words));
        if (forms.anyMatch(reservedShownNames::contains) || joined.contains(service)) {
            throw new DomainException.Validation(field, ShownName.POSING);
        }
        if (users.byUsernameLike(name).filter(holder -> !holder.id().equals(owner)).isPresent()) {
            throw new DomainException.Validation(field,
                    "looks too much like another member's username; choose another");
        }
    }

    private boolean reservedUsername(String form) {
        var skeleton = skeletons.skeleton(form);
        return reservedUsernames.contains(skeleton) || skeleton.contains(service);
    }

    /** The username, and the word it may hide behind digits and underscores, as {@link AnonymousUsername} reads it. */
    private static Stream<String> disguisedForms(String username) {
        var lower = username.toLowerCase(Locale.ROOT);
        return List.of(lower, lower.replace("_", ""), lower.replaceAll("[0-9_]+$", ""),
                lower.replaceAll("[0-9_]", "")).stream().filter(form -> !form.isEmpty()).distinct();
    }

    private Set<String> skeletonsOf(Set<String> words) {
        return words.stream().map(skeletons::skeleton).collect(Collectors.toUnmodifiableSet());
    }
}

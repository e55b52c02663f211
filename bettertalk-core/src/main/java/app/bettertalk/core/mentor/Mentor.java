package app.bettertalk.core.mentor;

import app.bettertalk.core.safety.ContactDetails;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.ShownName;
import app.bettertalk.core.shared.Text;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A user's mentor profile, keyed by their user id. {@code publicName} is the name the mentor chose to be shown by on
 * their page and in the directory (members stay anonymous; a mentor is known by name). {@code experienceYears} 0
 * means not stated.
 */
public record Mentor(UserId id, String publicName, String headline, String bio, List<String> expertise,
                     List<String> languages, int experienceYears, boolean verified, Instant createdAt,
                     Instant updatedAt) {
    public static final int MAX_TAGS = 10;
    public static final int TAG_MAX = 30;
    public static final int NAME_MIN = 2;
    public static final int NAME_MAX = 60;

    public Mentor {
        Objects.requireNonNull(id, "id");
        publicName = publicName(publicName);
        headline = Text.required("headline", headline, 120);
        bio = Text.required("bio", bio, 5_000);
        expertise = tags("expertise", expertise);
        languages = tags("languages", languages);
        if (experienceYears < 0 || experienceYears > 70) {
            throw new DomainException.Validation("experienceYears", "must be 0 to 70");
        }
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The profile of a mentor who deleted their account: nothing of what they wrote, and never shown as verified. */
    public Mentor erased(Instant at) {
        return new Mentor(id, "Former mentor", "No longer on BetterTalk", "This mentor has left BetterTalk.",
                List.of(), List.of(), 0, false, createdAt, at);
    }

    /** A fresh application: unverified until an admin says otherwise. */
    public static Mentor applied(UserId id, Details details, Instant at) {
        return new Mentor(id, chosenName(details.publicName()), details.headline(), details.bio(), details.expertise(), details.languages(),
                details.experienceYears(), false, at, at);
    }

    /** A public name as typed, under the rules for names others are shown, and with no way to reach them outside. */
    private static String chosenName(String typed) {
        var name = ShownName.typed("publicName", typed, NAME_MIN, NAME_MAX);
        if (ContactDetails.mask(name).changed()) {
            throw new DomainException.Validation("publicName",
                    "must not contain a phone number, email address or social handle");
        }
        return name;
    }

    /** The profile with new details; details without a public name keep the current one. */
    public Mentor edited(Details details, Instant at) {
        var typed = details.publicName();
        // A name kept as it was is not checked again; a new one follows the rules for names others are shown.
        var name = typed.isEmpty() || typed.strip().equals(publicName) ? publicName
                : chosenName(typed);
        return new Mentor(id, name, details.headline(), details.bio(), details.expertise(),
                details.languages(), details.experienceYears(), verified, createdAt, at);
    }

    public Mentor withVerified(boolean newVerified, Instant at) {
        return newVerified == verified ? this : new Mentor(id, publicName, headline, bio, expertise, languages,
                experienceYears, newVerified, createdAt, at);
    }

    /**
     * What a mentor writes about themselves, checked by {@link Mentor}'s constructor. A blank {@code publicName}
     * means none given: an application then takes its account's name ({@link #orName}), an edit keeps the current.
     */
    public record Details(String publicName, String headline, String bio, List<String> expertise,
                          List<String> languages, int experienceYears) {
        public Details {
            publicName = publicName == null ? "" : publicName.strip();
            expertise = expertise == null ? List.of() : expertise.stream().filter(Objects::nonNull).toList();
            languages = languages == null ? List.of() : languages.stream().filter(Objects::nonNull).toList();
        }

        /** Details that leave the public name to its default. */
        public Details(String headline, String bio, List<String> expertise, List<String> languages,
                       int experienceYears) {
            this("", headline, bio, expertise, languages, experienceYears);
        }

        /** These details, with {@code fallback} as the public name if none was given. */
        public Details orName(String fallback) {
            return publicName.isEmpty()
                    ? new Details(fallback, headline, bio, expertise, languages, experienceYears) : this;
        }
    }

    /** Stripped, {@value #NAME_MIN} to {@value #NAME_MAX} characters, no control characters. */
    private static String publicName(String typed) {
        var name = Text.required("publicName", typed, NAME_MAX);
        if (name.codePointCount(0, name.length()) < NAME_MIN || name.chars().anyMatch(Character::isISOControl)) {
            throw new DomainException.Validation("publicName",
                    "must be " + NAME_MIN + " to " + NAME_MAX + " characters on one line");
        }
        return name;
    }

    /** Stripped, non-blank, each at most {@value #TAG_MAX} characters, duplicates ignoring case dropped. */
    private static List<String> tags(String field, List<String> typed) {
        var unique = new LinkedHashMap<String, String>();
        for (var tag : typed == null ? List.<String>of() : typed) {
            var text = tag == null ? "" : tag.strip();
            if (!text.isEmpty()) {
                unique.putIfAbsent(text.toLowerCase(Locale.ROOT), Text.required(field, text, TAG_MAX));
            }
        }
        if (unique.size() > MAX_TAGS) {
            throw new DomainException.Validation(field, "at most " + MAX_TAGS + " entries");
        }
        return List.copyOf(new ArrayList<>(unique.values()));
    }
}

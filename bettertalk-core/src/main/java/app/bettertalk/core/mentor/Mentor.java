package app.bettertalk.core.mentor;

import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.Text;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A user's mentor profile, keyed by their user id. {@code experienceYears} 0 means not stated.
 */
public record Mentor(UserId id, String headline, String bio, List<String> expertise, List<String> languages,
                     int experienceYears, boolean verified, Instant createdAt, Instant updatedAt) {
    public static final int MAX_TAGS = 10;
    public static final int TAG_MAX = 30;

    public Mentor {
        Objects.requireNonNull(id, "id");
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

    /** A fresh application: unverified until an admin says otherwise. */
    public static Mentor applied(UserId id, Details details, Instant at) {
        return new Mentor(id, details.headline(), details.bio(), details.expertise(), details.languages(),
                details.experienceYears(), false, at, at);
    }

    public Mentor edited(Details details, Instant at) {
        return new Mentor(id, details.headline(), details.bio(), details.expertise(), details.languages(),
                details.experienceYears(), verified, createdAt, at);
    }

    public Mentor withVerified(boolean newVerified, Instant at) {
        return newVerified == verified ? this
                : new Mentor(id, headline, bio, expertise, languages, experienceYears, newVerified, createdAt, at);
    }

    /** What a mentor writes about themselves, checked by {@link Mentor}'s constructor. */
    public record Details(String headline, String bio, List<String> expertise, List<String> languages,
                          int experienceYears) {
        public Details {
            expertise = expertise == null ? List.of() : expertise.stream().filter(Objects::nonNull).toList();
            languages = languages == null ? List.of() : languages.stream().filter(Objects::nonNull).toList();
        }
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

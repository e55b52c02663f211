package app.bettertalk.core.identity;

import app.bettertalk.core.shared.DomainException;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name a person is known by in groups and chats, chosen once at onboarding and never changed. 3 to 20 letters,
 * digits or underscores with at least one letter; not a phone number (no run of 7 or more digits) and not a reserved
 * word (admin, mentor, support, bettertalk and the like, even with digits or underscores added). Unique ignoring case
 * and look-alike letters, and not a reserved word in disguise either ({@code rnentor}, {@code supp0rt}): those need
 * the other accounts and Unicode's data, so {@link Lookalikes} checks them when the username is chosen.
 */
public record AnonymousUsername(String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_]{3,20}");
    private static final Pattern HAS_LETTER = Pattern.compile(".*[A-Za-z].*");
    private static final Pattern PHONE_LIKE = Pattern.compile(".*[0-9]{7,}.*");
    private static final Set<String> RESERVED = Set.of(
            "admin", "administrator", "mentor", "mentors", "support", "bettertalk", "moderator", "mod", "staff",
            "help", "helpdesk", "system", "root", "official", "team", "security", "anonymous", "null", "undefined",
            "everyone", "here", "you", "me", "user", "users", "owner", "therapist", "doctor");

    public AnonymousUsername {
        value = value == null ? "" : value.strip();
        if (!SHAPE.matcher(value).matches()) {
            throw new DomainException.Validation("username", "must be 3 to 20 letters, digits or underscores");
        }
        if (!HAS_LETTER.matcher(value).matches()) {
            throw new DomainException.Validation("username", "must contain at least one letter");
        }
        if (PHONE_LIKE.matcher(value).matches()) {
            throw new DomainException.Validation("username", "must not contain a phone number");
        }
        var letters = value.toLowerCase(Locale.ROOT).replaceAll("[0-9_]", "");
        if (RESERVED.contains(letters) || letters.contains("bettertalk")) {
            throw new DomainException.Validation("username", "is reserved; choose another");
        }
    }

    /** The words a username may not be, ignoring case, digits and underscores. */
    static Set<String> reservedWords() {
        return RESERVED;
    }

    /** The username ignoring case: two that share it clash, as do two that merely look alike ({@link Lookalikes}). */
    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}

package app.bettertalk.core.identity;

import app.bettertalk.core.shared.Text;

import java.util.Objects;

/**
 * What onboarding adds to an account. The username is fixed for life; the rest is editable. An empty display name or
 * bio means none.
 */
public record Profile(AnonymousUsername username, PhoneNumber phone, int age, String displayName, String bio) {
    public static final int DISPLAY_NAME_MAX = 50;
    public static final int BIO_MAX = 1_000;

    public Profile {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(phone, "phone");
        displayName = Text.optional("displayName", displayName, DISPLAY_NAME_MAX);
        bio = Text.optional("bio", bio, BIO_MAX);
    }

    /** The same profile with new editable fields and the same username. */
    public Profile edited(PhoneNumber newPhone, int newAge, String newDisplayName, String newBio) {
        return new Profile(username, newPhone, newAge, newDisplayName, newBio);
    }
}

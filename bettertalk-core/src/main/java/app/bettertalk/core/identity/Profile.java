package app.bettertalk.core.identity;

import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.safety.ContactDetails;
import app.bettertalk.core.shared.ShownName;
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

    /**
     * The same profile with new editable fields and the same username. A new display name must follow the rules for
     * names others are shown ({@link ShownName}) and carry no contact details; one kept as it was is not checked
     * again. Contact details in the bio are hidden, as in a post: both are public.
     */
    public Profile edited(PhoneNumber newPhone, int newAge, String newDisplayName, String newBio) {
        var kept = newDisplayName == null ? "" : newDisplayName.strip();
        var name = kept.equals(displayName) ? displayName
                : ShownName.typed("displayName", newDisplayName, 0, DISPLAY_NAME_MAX);
        if (!name.equals(displayName) && ContactDetails.mask(name).changed()) {
            throw new DomainException.Validation("displayName",
                    "must not contain a phone number, email address or social handle: names here are anonymous");
        }
        return new Profile(username, newPhone, newAge, name, ContactDetails.mask(newBio == null ? "" : newBio).text());
    }
}

package app.bettertalk.web.identity;

import app.bettertalk.core.identity.Profile;
import app.bettertalk.core.identity.User;

import java.util.Locale;

/** The JSON shapes of one's own account in the API; only ever sent to the account's owner. */
public final class AccountJson {
    private AccountJson() {
    }

    /**
     * One's own account. The profile fields are null until onboarding is done; {@code csrfToken} is what an API
     * client sends back in {@code X-CSRF-Token} on every change.
     */
    public record Me(String id, boolean onboarded, String role, String email, String username, String publicName,
                     String displayName, String bio, Integer age, String phone, String csrfToken) {
        static Me of(User user, String csrfToken) {
            var profile = user.profile();
            return new Me(user.id().toString(), user.onboarded(), user.role().name().toLowerCase(Locale.ROOT),
                    user.email().value(), profile.map(p -> p.username().value()).orElse(null),
                    profile.isPresent() ? user.publicName() : null,
                    profile.map(Profile::displayName).orElse(null), profile.map(Profile::bio).orElse(null),
                    profile.map(Profile::age).orElse(null), profile.map(p -> p.phone().e164()).orElse(null),
                    csrfToken);
        }
    }

    /** {@code PATCH /api/v1/me}: the fields to change; those left out keep their values. */
    public record ProfileChanges(String displayName, String bio, Integer age, String phone) {
    }

    /** {@code POST /api/v1/onboarding}. */
    /** {@code acceptedTerms}: the version of the terms and the privacy notice the person agreed to. */
    public record Onboarding(String phone, Integer age, String username, String acceptedTerms) {
    }
}

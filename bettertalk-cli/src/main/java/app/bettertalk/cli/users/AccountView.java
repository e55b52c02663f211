package app.bettertalk.cli.users;

import app.bettertalk.core.identity.Profile;
import app.bettertalk.core.identity.User;

/**
 * An account as operators see it: by id, role and what others see of it. Its email address and phone number are
 * never printed (an operator may still find an account by its email), and chats and notes nobody but the two people
 * reads.
 */
public record AccountView(String id, String role, boolean onboarded, boolean erased, String username,
                          String displayName, Integer age, String createdAt) {
    static AccountView of(User user) {
        var profile = user.profile();
        return new AccountView(user.id().toString(), user.role().name(), user.onboarded(), user.erased(),
                profile.map(p -> p.username().value()).orElse(""), profile.map(Profile::displayName).orElse(""),
                profile.map(Profile::age).orElse(null), user.createdAt().toString());
    }
}

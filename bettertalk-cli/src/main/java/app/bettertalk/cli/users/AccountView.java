package app.bettertalk.cli.users;

import app.bettertalk.core.identity.Profile;
import app.bettertalk.core.identity.User;

/** An account as operators see it (everything but chats and notes, which nobody but the two people reads). */
public record AccountView(String id, String email, String role, boolean onboarded, String username,
                          String displayName, String phone, Integer age, String createdAt) {
    static AccountView of(User user) {
        var profile = user.profile();
        return new AccountView(user.id().toString(), user.email().value(), user.role().name(), user.onboarded(),
                profile.map(p -> p.username().value()).orElse(""), profile.map(Profile::displayName).orElse(""),
                profile.map(p -> p.phone().e164()).orElse(""), profile.map(Profile::age).orElse(null),
                user.createdAt().toString());
    }
}

package app.bettertalk.core.access;

import app.bettertalk.core.shared.UserId;

import java.util.Objects;
import java.util.UUID;

/**
 * Who is asking: a signed-in person as the identity feature found them, or the operator running the CLI.
 *
 * @param onboarded whether the person finished onboarding; nothing but onboarding and reading one's own account
 *                  works before that
 */
public record Actor(UserId id, Role role, boolean onboarded) {
    private static final UserId OPERATOR_ID = new UserId(new UUID(0, 0));
    private static final UserId VISITOR_ID = new UserId(new UUID(0, 1));

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
    }

    /** The person at the command line with the database's credentials: an admin who is nobody's participant. */
    public static Actor operator() {
        return new Actor(OPERATOR_ID, Role.ADMIN, true);
    }

    /**
     * Someone who has not signed in: no account, nobody's participant, never onboarded, so every use case but the
     * public pages (a verified mentor's page and photo) refuses them as it refuses anyone not onboarded.
     */
    public static Actor visitor() {
        return new Actor(VISITOR_ID, Role.USER, false);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Moderators and admins decide reports. */
    public boolean moderates() {
        return role == Role.MODERATOR || role == Role.ADMIN;
    }

    public boolean is(UserId user) {
        return id.equals(user);
    }
}

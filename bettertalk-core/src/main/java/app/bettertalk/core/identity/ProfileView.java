package app.bettertalk.core.identity;

import app.bettertalk.core.access.Role;
import app.bettertalk.core.shared.UserId;

/**
 * A profile as one viewer may see it. Email and phone are empty unless the viewer is the owner or an admin
 * ({@link #privateFieldsShown()}); {@code viewerIsOwner}: it is the viewer's own profile.
 */
public record ProfileView(UserId id, String username, String displayName, String bio, int age, Role role,
                          boolean privateFieldsShown, String email, String phone, boolean viewerIsOwner) {
}

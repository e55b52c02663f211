package app.bettertalk.core.community;

import app.bettertalk.core.shared.UserId;

/** How a post or comment names its writer: the anonymous username, and a tick for a verified mentor. */
public record Author(UserId id, String username, boolean verifiedMentor) {
}

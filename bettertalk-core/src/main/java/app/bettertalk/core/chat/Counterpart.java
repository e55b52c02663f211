package app.bettertalk.core.chat;

import app.bettertalk.core.identity.User;
import app.bettertalk.core.identity.Users;
import app.bettertalk.core.mentor.Mentor;
import app.bettertalk.core.mentor.Mentors;
import app.bettertalk.core.shared.UserId;

/** The other person in a chat as the viewer sees them: their public name, and a tick if a verified mentor. */
public record Counterpart(UserId id, String name, boolean verifiedMentor) {

    static Counterpart of(ChatThread thread, UserId viewer, Users users, Mentors mentors) {
        var other = thread.counterpartOf(viewer);
        var name = users.byId(other).map(User::publicName).orElse("");
        var verified = other.equals(thread.mentor()) && mentors.byId(other).map(Mentor::verified).orElse(false);
        return new Counterpart(other, name, verified);
    }
}

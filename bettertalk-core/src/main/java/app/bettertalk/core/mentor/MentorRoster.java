package app.bettertalk.core.mentor;

import java.util.List;

/** Every mentor as an admin reviews them: those awaiting verification and those verified, oldest application first. */
public record MentorRoster(List<Entry> awaitingVerification, List<Entry> verified) {
    public MentorRoster {
        awaitingVerification = List.copyOf(awaitingVerification);
        verified = List.copyOf(verified);
    }

    /** A mentor with the anonymous username and public name of their account. */
    public record Entry(Mentor mentor, String username, String name) {
    }
}

package app.bettertalk.core.mentor;

import app.bettertalk.core.identity.User;
import app.bettertalk.core.shared.DomainException;

/** The refusals and defaults the mentor use cases share. */
final class MentorRules {
    private MentorRules() {
    }

    static DomainException notAMentor() {
        return new DomainException.Forbidden("not_a_mentor", "Apply to mentor first.");
    }

    /**
     * The public name of a mentor who chose none: their display name, or their anonymous username where the display
     * name is too short for a mentor's name (a username always fits).
     */
    static String defaultName(User account) {
        var shown = account.publicName();
        return shown.codePointCount(0, shown.length()) >= Mentor.NAME_MIN ? shown
                : account.username().map(Object::toString).orElse(shown);
    }
}

package app.bettertalk.core.mentor;

import app.bettertalk.core.shared.DomainException;

/** The refusals the mentor use cases share. */
final class MentorRules {
    private MentorRules() {
    }

    static DomainException notAMentor() {
        return new DomainException.Forbidden("not_a_mentor", "Apply to mentor first.");
    }
}

package app.bettertalk.core.identity;

import app.bettertalk.core.shared.DomainException;

/** Google's stable {@code sub} for an account: accounts are keyed by it, never by email, which can change. */
public record GoogleSubject(String value) {
    public GoogleSubject {
        if (value == null || value.isBlank() || value.length() > 255) {
            throw new DomainException.Validation("googleSubject", "must be 1 to 255 characters");
        }
    }
}

package app.bettertalk.core.review;

import app.bettertalk.core.shared.DomainException;

/** A review's rating: one to five whole stars. */
public record Stars(int value) {
    private static final String RULE = "must be a whole number from 1 to 5";

    public Stars {
        if (value < 1 || value > 5) {
            throw new DomainException.Validation("stars", RULE);
        }
    }

    /** Stars as a form or a client typed them ({@code " 4 "}); anything but 1 to 5 is a validation error. */
    public static Stars parse(String text) {
        var typed = text == null ? "" : text.strip();
        if (!typed.matches("[1-5]")) {
            throw new DomainException.Validation("stars", RULE);
        }
        return new Stars(Integer.parseInt(typed));
    }
}

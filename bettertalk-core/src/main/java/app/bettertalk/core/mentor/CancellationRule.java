package app.bettertalk.core.mentor;

import app.bettertalk.core.shared.DomainException;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the person who booked a plan may cancel their confirmed booking for a full refund, and until when. A
 * booking keeps the rule its plan had when it was booked. The mentor and admins may refund any booking whatever it is.
 */
public enum CancellationRule {
    /**
     * Until the mentor's first message after the booking opened its days; or at any time while they last, if that
     * first message took longer than {@link #REPLY_WITHIN} or has not come.
     */
    UNTIL_MENTOR_REPLIES("Full refund if you cancel before your mentor's first reply, or at any time if they take "
            + "longer than 48 hours to reply."),
    /** Never by the member once paid. */
    NO_REFUNDS("No refund once paid; your mentor may still refund you.");

    /** How long a mentor has to reply before the member may cancel whatever happens after. */
    public static final Duration REPLY_WITHIN = Duration.ofHours(48);

    /** The default of a new plan. */
    public static final CancellationRule DEFAULT = UNTIL_MENTOR_REPLIES;

    private final String words;

    CancellationRule(String words) {
        this.words = words;
    }

    /** How forms and the API name it: {@code until_mentor_replies}, {@code no_refunds}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The rule a form or the API names; a name it does not know is a {@code Validation} of {@code field}. */
    public static CancellationRule ofCode(String field, String code) {
        for (var rule : values()) {
            if (rule.code().equals(code)) {
                return rule;
            }
        }
        throw new DomainException.Validation(field, "must be until_mentor_replies or no_refunds");
    }

    /** The rule as the plan and booking pages state it to the member. */
    public String words() {
        return words;
    }

    /**
     * Whether the member may cancel at {@code now}: the booking's days began at {@code openedAt} and still run, and
     * {@code mentorsFirstReply} is the mentor's first message since then, if any.
     */
    public boolean memberMayCancel(Instant openedAt, Optional<Instant> mentorsFirstReply, Instant now) {
        return switch (this) {
            case NO_REFUNDS -> false;
            case UNTIL_MENTOR_REPLIES -> mentorsFirstReply
                    .map(reply -> reply.isAfter(openedAt.plus(REPLY_WITHIN)))
                    .orElse(true);
        };
    }
}

package app.bettertalk.core.shared;

import java.time.Instant;

/**
 * Every way a use case refuses. Adapters map the kinds exhaustively (a {@code switch} without {@code default}), so
 * a new kind breaks their build instead of becoming a 500.
 */
public abstract sealed class DomainException extends RuntimeException
        permits DomainException.NotFound, DomainException.Forbidden, DomainException.Validation,
        DomainException.Conflict, DomainException.ChatExpired, DomainException.HelpOffered {

    private DomainException(String message) {
        super(message, null, false, false);
    }

    /** The thing does not exist, or the actor may not learn that it does. */
    public static final class NotFound extends DomainException {
        private final String what;

        public NotFound(String what) {
            super(what + " not found");
            this.what = what;
        }

        public String what() {
            return what;
        }
    }

    /** The actor knows the thing exists but may not do this to it; {@code reason} is a stable code. */
    public static final class Forbidden extends DomainException {
        private final String reason;

        public Forbidden(String reason, String message) {
            super(message);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    /** An input is not of an acceptable shape; {@code field} names it, the message says what is accepted. */
    public static final class Validation extends DomainException {
        private final String field;
        private final String rule;

        public Validation(String field, String rule) {
            super(field + ": " + rule);
            this.field = field;
            this.rule = rule;
        }

        public String field() {
            return field;
        }

        public String rule() {
            return rule;
        }
    }

    /** The request is well-formed but clashes with the current state (a taken username, a used payment). */
    public static final class Conflict extends DomainException {
        private final String reason;

        public Conflict(String reason, String message) {
            super(message);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    /**
     * What someone wrote suggests they may be at risk of harming themselves: nothing was stored. They are offered
     * helplines first, and may send it anyway; it then goes out, and moderators are told.
     */
    public static final class HelpOffered extends DomainException {
        public HelpOffered() {
            super("It sounds like you may be going through something very painful. You do not have to face it alone: "
                    + "you can talk to someone right now. You can still send what you wrote.");
        }
    }

    /** A message was sent to a chat whose paid window has ended; reading it stays allowed. */
    public static final class ChatExpired extends DomainException {
        private final Instant endedAt;

        public ChatExpired(Instant endedAt) {
            super("Chat expired. Rebook a session to continue.");
            this.endedAt = endedAt;
        }

        public Instant endedAt() {
            return endedAt;
        }
    }
}

package app.bettertalk.notifications;

import app.bettertalk.core.notification.Email;
import app.bettertalk.display.Rupees;

/** What a refund email says happened, to the member who paid or to their mentor, by who called the booking off. */
public final class RefundWords {
    private RefundWords() {
    }

    public static String subject(Email.BookingRefunded email) {
        return email.toMember() ? "Your booking is cancelled and refunded"
                : "A booking of \u201c" + email.planTitle() + "\u201d was refunded";
    }

    /** One sentence: who called the booking off and where the money goes. */
    public static String whatHappened(Email.BookingRefunded email) {
        var other = Display.name(email.counterpartName());
        var plan = "\u201c" + email.planTitle() + "\u201d";
        var amount = Rupees.format(email.amount());
        if (email.toMember()) {
            var who = switch (email.cause()) {
                case MEMBER_CANCELLED -> "You cancelled your booking of " + plan + " with " + other + ".";
                case MENTOR_REFUNDED -> other + " refunded your booking of " + plan + ".";
                case ADMIN_REFUNDED -> "BetterTalk refunded your booking of " + plan + " with " + other + ".";
            };
            return who + " The full " + amount + " is on its way back to you, to the account or card you paid with;"
                    + " it usually arrives within 5 to 7 working days.";
        }
        var who = switch (email.cause()) {
            case MEMBER_CANCELLED -> other + " cancelled their booking of " + plan + " before your first reply.";
            case MENTOR_REFUNDED -> "You refunded " + other + "'s booking of " + plan + ".";
            case ADMIN_REFUNDED -> "BetterTalk refunded " + other + "'s booking of " + plan + ".";
        };
        return who + " The " + amount + " they paid goes back to them, and the chat days it bought are no longer on "
                + "your chat.";
    }
}

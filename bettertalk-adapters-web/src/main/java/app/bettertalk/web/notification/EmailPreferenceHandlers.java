package app.bettertalk.web.notification;

import app.bettertalk.core.mailing.ChangeEmailPreferences;
import app.bettertalk.core.mailing.EmailChoices;
import app.bettertalk.core.mailing.Unsubscribe;
import app.bettertalk.core.mailing.ViewEmailPreferences;
import app.bettertalk.core.notification.EmailKind;
import app.bettertalk.web.Requests;
import app.bettertalk.web.WebRefusal;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Which emails a person gets: the signed-in choices page ({@code /profile/emails}) and the unsubscribe link from an
 * email ({@code /unsubscribe?token=}), which needs no sign-in. Following the link only shows a button; the button
 * unsubscribes. Mail scanners and link previews fetch links from emails, and a GET that unsubscribed would turn
 * people's emails off without them ever clicking.
 */
final class EmailPreferenceHandlers {
    private final ViewEmailPreferences viewEmailPreferences;
    private final ChangeEmailPreferences changeEmailPreferences;
    private final Unsubscribe unsubscribe;

    EmailPreferenceHandlers(ViewEmailPreferences viewEmailPreferences,
                                   ChangeEmailPreferences changeEmailPreferences, Unsubscribe unsubscribe) {
        this.viewEmailPreferences = viewEmailPreferences;
        this.changeEmailPreferences = changeEmailPreferences;
        this.unsubscribe = unsubscribe;
    }

    public void form(Context ctx) {
        var choices = viewEmailPreferences.view(new ViewEmailPreferences.Query(Requests.actor(ctx)));
        render(ctx, choices, "1".equals(ctx.queryParam("saved")));
    }

    public void save(Context ctx) {
        var wanted = EnumSet.noneOf(EmailKind.class);
        for (var value : ctx.formParams("kind")) {
            wanted.add(kind(value));
        }
        changeEmailPreferences.change(new ChangeEmailPreferences.Command(Requests.actor(ctx), wanted));
        ctx.redirect("/profile/emails?saved=1", HttpStatus.SEE_OTHER);
    }

    public void confirm(Context ctx) {
        var token = ctx.queryParam("token");
        if (token == null || token.isBlank()) {
            throw WebRefusal.malformed("This unsubscribe link is incomplete. Use the whole link from the email.");
        }
        keepPrivate(ctx);
        ctx.render("notification/unsubscribe.jte", Map.of("frame", Requests.frame(ctx, "Unsubscribe"),
                "token", token));
    }

    public void unsubscribe(Context ctx) {
        var done = unsubscribe.unsubscribe(new Unsubscribe.Command(Requests.form(ctx, "token")));
        keepPrivate(ctx);
        ctx.render("notification/unsubscribed.jte", Map.of("frame", Requests.frame(ctx, "Unsubscribed"),
                "label", label(done.kind())));
    }

    private static void render(Context ctx, EmailChoices choices, boolean saved) {
        var lines = EmailChoices.optionalKinds().stream()
                .map(kind -> new EmailChoice(kind.name(), label(kind), choices.receives(kind))).toList();
        ctx.render("notification/preferences.jte", Map.of("frame", Requests.frame(ctx, "Email choices"),
                "choices", lines, "always", List.of(label(EmailKind.ONBOARDING_COMPLETED),
                        label(EmailKind.BOOKING_CONFIRMED)), "saved", saved));
    }

    /** The token in the address must not linger in caches or be indexed. */
    private static void keepPrivate(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Robots-Tag", "noindex");
    }

    private static EmailKind kind(String value) {
        try {
            return EmailKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw WebRefusal.malformed("There is no kind of email called " + value + ".");
        }
    }

    static String label(EmailKind kind) {
        return switch (kind) {
            case ONBOARDING_COMPLETED -> "Welcome when your account is ready";
            case BOOKING_CONFIRMED -> "Confirmation of a booking you paid for";
            case CHAT_OPENED -> "When a chat with your mentor or client opens or is extended";
            case FIRST_MESSAGE -> "When someone sends the first message in a chat with you";
            case MESSAGE_AFTER_QUIET -> "When a new message arrives after a chat was quiet for a while";
            case REVIEW_INVITATION -> "An invitation to review a session when its chat ends";
            case BOOKING_REFUNDED -> "When a paid booking is cancelled and refunded";
        };
    }
}

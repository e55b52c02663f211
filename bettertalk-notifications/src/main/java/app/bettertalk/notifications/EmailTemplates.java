package app.bettertalk.notifications;

import app.bettertalk.core.mailing.OutgoingEmail;
import app.bettertalk.core.notification.Email;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Each kind of email as a subject and two bodies, from the templates compiled at build time: {@code html/<kind>.jte}
 * (every value escaped) and {@code text/<kind>.jte}. Links are built on the site's public base URL.
 */
public final class EmailTemplates {
    private final TemplateEngine html = TemplateEngine.createPrecompiled(null, ContentType.Html, null,
            "app.bettertalk.notifications.templates.html");
    private final TemplateEngine text = TemplateEngine.createPrecompiled(null, ContentType.Plain, null,
            "app.bettertalk.notifications.templates.text");
    private final String siteUrl;

    /** {@code siteUrl}: where people reach BetterTalk, e.g. {@code https://bettertalk.app}. */
    public EmailTemplates(URI siteUrl) {
        var base = siteUrl.toString();
        this.siteUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public RenderedEmail render(OutgoingEmail outgoing) {
        var email = outgoing.email();
        var letter = letter(outgoing);
        var template = email.kind().name().toLowerCase(Locale.ROOT) + ".jte";
        Map<String, Object> model = Map.of("email", email, "letter", letter);
        return new RenderedEmail(letter.subject(), render(html, template, model), render(text, template, model),
                letter.unsubscribeUrl());
    }

    private Letter letter(OutgoingEmail outgoing) {
        var unsubscribe = outgoing.unsubscribeToken().isEmpty() ? ""
                : url("/unsubscribe?token=" + URLEncoder.encode(outgoing.unsubscribeToken(), StandardCharsets.UTF_8));
        var preferences = url("/profile/emails");
        return switch (outgoing.email()) {
            case Email.OnboardingCompleted e -> new Letter("Welcome to BetterTalk, " + Display.name(e.username()),
                    "Find a group", url("/groups"), unsubscribe, preferences, siteUrl);
            case Email.BookingConfirmed e -> new Letter("Your session with " + Display.name(e.mentorName())
                    + " is confirmed", "See your booking", url("/bookings/" + e.booking()), unsubscribe, preferences,
                    siteUrl);
            case Email.ChatOpened e -> new Letter("Your chat with " + Display.name(e.counterpartName())
                    + (e.extended() ? " has been extended" : " is open"), "Open the chat", url("/chat/" + e.chat()),
                    unsubscribe, preferences, siteUrl);
            case Email.FirstMessage e -> new Letter(Display.name(e.senderName()) + " started your chat",
                    "Read it on BetterTalk", url("/chat/" + e.chat()), unsubscribe, preferences, siteUrl);
            case Email.MessageAfterQuiet e -> new Letter("New message from " + Display.name(e.senderName()),
                    "Read it on BetterTalk", url("/chat/" + e.chat()), unsubscribe, preferences, siteUrl);
            case Email.ReviewInvitation e -> new Letter("How was your session with " + Display.name(e.mentorName())
                    + "?", "Review your session", url("/bookings/" + e.booking() + "/review"), unsubscribe,
                    preferences, siteUrl);
            case Email.BookingRefunded e -> new Letter(RefundWords.subject(e), "See the booking",
                    url("/bookings/" + e.booking()), unsubscribe, preferences, siteUrl);
        };
    }

    private String url(String path) {
        return siteUrl + path;
    }

    private static String render(TemplateEngine engine, String template, Map<String, Object> model) {
        var out = new StringOutput();
        engine.render(template, model, out);
        return out.toString();
    }
}

package app.bettertalk.web.chat;

import app.bettertalk.core.booking.BookPlan;
import app.bettertalk.core.booking.ConfirmBooking;
import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.chat.Message;
import app.bettertalk.core.chat.SendMessage;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.web.Browser;
import app.bettertalk.web.Requests;
import app.bettertalk.web.TestSite;
import app.bettertalk.web.booking.SimulatedPayments;

import java.time.Duration;
import java.time.Instant;

/** A user and a verified mentor whose chat a confirmed booking has opened, each with a signed-in browser. */
public record OpenChat(TestSite site, Browser user, Browser mentor, UserId userId, UserId mentorId, ChatId chat,
                       Instant endsAt) {

    /** {@code username} books {@code mentorName}'s plan of {@code days} days and pays (simulated). */
    public static OpenChat between(TestSite site, String username, String mentorName, int days) {
        var mentor = site.mentorWithPlan(mentorName, days);
        var user = site.member(username);
        var mentorId = mentor.userId(site.stores);
        var userId = user.userId(site.stores);
        var actor = site.core.identifyActor().identify(userId);
        var plan = site.stores.plans().ofMentor(mentorId).getFirst();
        var booking = site.core.bookPlan().book(new BookPlan.Command(actor, plan.id()));
        var opened = site.core.confirmBooking().confirm(new ConfirmBooking.Command(actor, booking.id(),
                SimulatedPayments.referenceFor(booking.id()))).chat();
        return new OpenChat(site, user, mentor, userId, mentorId, opened.id(), opened.endsAt());
    }

    public String page() {
        return "/chat/" + chat;
    }

    public String api() {
        return "/api/v1/chats/" + chat;
    }

    /** Stores a message through the core, as another tab of {@code sender} would. */
    public Message send(UserId sender, String clientMessageId, String text) {
        var actor = site.core.identifyActor().identify(sender);
        return site.core.sendMessage().send(new SendMessage.Command(actor, chat, clientMessageId, text)).message();
    }

    /**
     * Moves the site's clock to {@code target} in steps shorter than a session's idle expiry, both participants'
     * sessions seen at each step, as if they kept the app open; a plain jump of days would sign them out.
     */
    public void moveClockTo(Instant target) {
        var step = Duration.ofHours(6);
        while (site.clock.instant().plus(step).isBefore(target)) {
            site.clock.advance(step);
            stayActive();
        }
        site.clock.set(target);
        stayActive();
    }

    private void stayActive() {
        site.core.resumeSession().resume(user.cookie(Requests.SESSION_COOKIE)).orElseThrow();
        site.core.resumeSession().resume(mentor.cookie(Requests.SESSION_COOKIE)).orElseThrow();
    }
}

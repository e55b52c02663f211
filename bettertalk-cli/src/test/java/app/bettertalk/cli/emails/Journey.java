package app.bettertalk.cli.emails;

import app.bettertalk.cli.Settings;
import app.bettertalk.cli.Wiring;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.booking.BookPlan;
import app.bettertalk.core.booking.ConfirmBooking;
import app.bettertalk.core.chat.SendMessage;
import app.bettertalk.core.identity.CompleteOnboarding;
import app.bettertalk.core.identity.Consent;
import app.bettertalk.core.identity.EmailAddress;
import app.bettertalk.core.identity.GoogleSubject;
import app.bettertalk.core.identity.SignIn;
import app.bettertalk.core.mentor.ApplyAsMentor;
import app.bettertalk.core.mentor.CreatePlan;
import app.bettertalk.core.mentor.Mentor;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.mentor.VerifyMentor;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.TestClock;
import app.bettertalk.web.booking.SimulatedPayments;
import app.bettertalk.web.chat.InProcessLiveDelivery;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The web issue's journey, played through the core on the database {@code bettertalk} would open with {@code env}:
 * two people onboard, one becomes a mentor, the other books and pays, they write, and later the mentor writes again.
 * It leaves seven emails in the outbox: two welcomes, a booking confirmation, two chat-opened, a first message and a
 * message after the quiet period.
 */
public final class Journey {
    static final String ASHA_EMAIL = "asha.private@example.com";
    static final String RAVI_EMAIL = "ravi.private@example.com";
    static final String WRITTEN = "SECRET-WORDS";

    private Journey() {
    }

    public static void play(Map<String, String> env, Path userHome, TestClock clock) {
        try (var wiring = new Wiring(Settings.resolve(Map.of(), env, null, userHome), clock)) {
            wiring.database().migrate();
            var core = wiring.core(new SimulatedPayments(), new InProcessLiveDelivery());
            var asha = onboarded(core, "asha_k", ASHA_EMAIL, "9876543210");
            var ravi = onboarded(core, "ravi_k", RAVI_EMAIL, "9123456780");
            core.applyAsMentor().apply(new ApplyAsMentor.Command(ravi, new Mentor.Details("Listener",
                    "Years of peer support.", List.of("anxiety"), List.of("English"), 5)));
            core.verifyMentor().verify(new VerifyMentor.Command(Actor.operator(), ravi.id(), true));
            var mentor = core.identifyActor().identify(ravi.id());
            var plan = core.createPlan().create(new CreatePlan.Command(mentor, new Plan.Terms("Week of chat",
                    "Text support.", Paise.ofRupees(499), 0, 7)));
            var booking = core.bookPlan().book(new BookPlan.Command(asha, plan.id()));
            var chat = core.confirmBooking().confirm(new ConfirmBooking.Command(asha, booking.id(),
                    SimulatedPayments.referenceFor(booking.id()))).chat().id();
            core.sendMessage().send(new SendMessage.Command(asha, chat, "a1", WRITTEN + " I feel low today"));
            core.sendMessage().send(new SendMessage.Command(mentor, chat, "r1", WRITTEN + " I am here"));
            clock.advance(Duration.ofHours(13));
            core.sendMessage().send(new SendMessage.Command(mentor, chat, "r2", WRITTEN + " how are you now?"));
        }
    }

    private static Actor onboarded(app.bettertalk.core.BetterTalkCore core, String username, String email,
                                   String phone) {
        var person = core.signIn().signIn(new SignIn.Command(new GoogleSubject("google-" + username),
                new EmailAddress(email), username)).user().asActor();
        return core.completeOnboarding().complete(new CompleteOnboarding.Command(person, phone, "30", username, Consent.CURRENT))
                .asActor();
    }
}

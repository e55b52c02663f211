package app.bettertalk.web;

import app.bettertalk.core.moderation.CaseId;
import app.bettertalk.core.moderation.ReportReason;
import app.bettertalk.core.moderation.ReportSubject;
import app.bettertalk.core.moderation.WatchWord;
import app.bettertalk.core.safety.WordAction;
import app.bettertalk.core.safety.Subject;
import app.bettertalk.core.notification.EmailKind;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.access.Role;
import app.bettertalk.core.booking.BookPlan;
import app.bettertalk.core.booking.BookingId;
import app.bettertalk.core.booking.ConfirmBooking;
import app.bettertalk.core.booking.Confirmation;
import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.chat.ChatThread;
import app.bettertalk.core.chat.ChatWindow;
import app.bettertalk.core.chat.SendMessage;
import app.bettertalk.core.community.CommentId;
import app.bettertalk.core.community.CreateGroup;
import app.bettertalk.core.community.GroupId;
import app.bettertalk.core.community.JoinGroup;
import app.bettertalk.core.community.PostId;
import app.bettertalk.core.community.WriteComment;
import app.bettertalk.core.community.WritePost;
import app.bettertalk.core.identity.CompleteOnboarding;
import app.bettertalk.core.identity.Consent;
import app.bettertalk.core.identity.EmailAddress;
import app.bettertalk.core.identity.GoogleSubject;
import app.bettertalk.core.identity.SignIn;
import app.bettertalk.core.mentor.ApplyAsMentor;
import app.bettertalk.core.mentor.ChangeMentorPhoto;
import app.bettertalk.core.mentor.ChangePlanAvailability;
import app.bettertalk.core.mentor.CreatePlan;
import app.bettertalk.core.mentor.Mentor;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.mentor.PlanId;
import app.bettertalk.core.mentor.VerifyMentor;
import app.bettertalk.core.notes.WriteNotes;
import app.bettertalk.core.review.ReviewId;
import app.bettertalk.core.review.Stars;
import app.bettertalk.core.review.WriteReview;
import app.bettertalk.core.safetyplan.SafetyPlan;
import app.bettertalk.core.safetyplan.SaveSafetyPlan;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.web.booking.SimulatedPayments;
import app.bettertalk.web.mentor.TestImages;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small world of people and things, made through the core on a shared {@link TestSite} for one cell of the route
 * matrix, so no cell sees what another changed. Its names carry a number of their own, so worlds never clash.
 */
final class MatrixWorld {
    private static final AtomicInteger WORLDS = new AtomicInteger();
    /** The user's phone, theirs alone; everyone else shares another. */
    static final String PHONE = "91234 56789";
    private static final String OTHER_PHONE = "98765 43210";
    /** A photo to upload, and the one the mentor and the applicant have. */
    static final byte[] PHOTO = TestImages.jpeg(64, 48);

    /** Who sends a cell's request. */
    enum Person {
        VISITOR("", "a visitor"),
        NEWCOMER("nina", "a newcomer"),
        /**
         * A member of the group, the author of its post and of the comment on it, who booked the mentor: a paid chat,
         * a pending booking.
         */
        USER("asha", "the user"),
        STRANGER("sam", "a stranger"),
        /**
         * Verified, with an active and a deactivated plan and a photo; the user's chat partner and author of its
         * notes.
         */
        MENTOR("mira", "the mentor"),
        OTHER_MENTOR("omar", "another mentor"),
        /** Unverified, with a plan and a photo. */
        APPLICANT("umed", "an unverified mentor"),
        ADMIN("ada", "an admin");

        private final String firstName;
        private final String label;

        Person(String firstName, String label) {
            this.firstName = firstName;
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    final int n;
    final GroupId group;
    final PostId post;
    /** The user's comment on their post. */
    final CommentId comment;
    final PlanId plan;
    final PlanId retiredPlan;
    final PlanId applicantPlan;
    final BookingId pending;
    final ChatId chat;
    /** The user's paid booking of the mentor, whose chat is still open. */
    final BookingId paid;
    /** The user's paid booking of the other mentor, whose chat has ended, and the user's review of it. */
    final BookingId ended;
    final ReviewId review;
    /** The stranger's report of the user's post. */
    final CaseId reportCase;
    /** A word the admin watches (flagging only), for removing it. */
    final String watchedWord;
    final String fresh;
    private final TestSite site;
    private final Map<Person, UserId> ids = new EnumMap<>(Person.class);
    private final Map<Person, Browser> browsers = new EnumMap<>(Person.class);
    private final Map<String, Set<Person>> secrets;

    private MatrixWorld(TestSite site) {
        this.site = site;
        this.n = WORLDS.incrementAndGet();
        this.fresh = "fresh_" + n;
        ids.put(Person.NEWCOMER, signUp(Person.NEWCOMER));
        for (var person : List.of(Person.USER, Person.STRANGER, Person.MENTOR, Person.OTHER_MENTOR, Person.APPLICANT,
                Person.ADMIN)) {
            ids.put(person, onboard(signUp(person), person));
        }
        makeAdmin(id(Person.ADMIN));
        plan = mentor(Person.MENTOR, true);
        retiredPlan = createPlan(Person.MENTOR, "Retired plan " + n);
        site.core.changePlanAvailability().change(new ChangePlanAvailability.Command(actor(Person.MENTOR),
                retiredPlan, false));
        var otherPlan = mentor(Person.OTHER_MENTOR, true);
        applicantPlan = mentor(Person.APPLICANT, false);
        for (var withPhoto : List.of(Person.MENTOR, Person.APPLICANT)) {
            site.core.changeMentorPhoto().change(new ChangeMentorPhoto.Command(actor(withPhoto), PHOTO));
        }
        group = site.core.createGroup().create(new CreateGroup.Command(Actor.operator(), "Matrix group " + n,
                "Where the matrix talks.")).id();
        site.core.joinGroup().join(new JoinGroup.Command(actor(Person.USER), group));
        post = site.core.writePost().write(new WritePost.Command(actor(Person.USER), group, "A post " + n)).id();
        comment = site.core.writeComment().write(new WriteComment.Command(actor(Person.USER), post,
                "A comment " + n)).id();
        var opened = confirmedChat();
        chat = opened.chat().id();
        paid = opened.booking().id();
        pending = site.core.bookPlan().book(new BookPlan.Command(actor(Person.USER), plan)).id();
        ended = endedSession(otherPlan);
        review = site.core.writeReview().write(new WriteReview.Command(actor(Person.USER), ended, new Stars(4),
                "A fine session " + n)).id();
        watchedWord = "watched" + n;
        site.core.watchWord().watch(new WatchWord.Command(actor(Person.ADMIN), watchedWord, WordAction.FLAG));
        reportCase = site.core.reportSubject().report(new ReportSubject.Command(actor(Person.STRANGER),
                new Subject(Subject.Kind.POST, post.value()), ReportReason.SPAM, "")).caseId();
        site.core.saveSafetyPlan().save(new SaveSafetyPlan.Command(actor(Person.USER), id(Person.USER),
                new SafetyPlan.Sections("Secret warning signs " + n, "", "Secret people to call " + n, "", "")));
        secrets = Map.of(email(Person.USER), Set.of(Person.USER, Person.ADMIN),
                "9123456789", Set.of(Person.USER, Person.ADMIN),
                "Secret message " + n, Set.of(Person.USER, Person.MENTOR),
                "Secret reply " + n, Set.of(Person.USER, Person.MENTOR),
                "Secret notes " + n, Set.of(Person.USER, Person.MENTOR),
                "Retired plan " + n, Set.of(Person.MENTOR, Person.ADMIN),
                "Secret warning signs " + n, Set.of(Person.USER),
                "Secret people to call " + n, Set.of(Person.USER));
    }

    static MatrixWorld on(TestSite site) {
        return new MatrixWorld(site);
    }

    UserId id(Person person) {
        return ids.get(person);
    }

    String email(Person person) {
        return person.firstName + "." + n + "@matrix.example";
    }

    /** The simulated provider's payment for the pending booking. */
    String pendingPayment() {
        return SimulatedPayments.referenceFor(pending);
    }

    /** A browser for {@code person}, holding the CSRF token of its session (or, signed out, of the sign-in page). */
    Browser browser(Person person) {
        return browsers.computeIfAbsent(person, who -> {
            if (who == Person.VISITOR) {
                var visitor = site.visitor();
                visitor.get("/signin");
                return visitor;
            }
            var browser = site.signedInAs(id(who));
            browser.get("/api/v1/me");
            return browser;
        });
    }

    /** Text of this world that {@code person} must never be shown. */
    List<String> secretsHiddenFrom(Person person) {
        return secrets.entrySet().stream().filter(secret -> !secret.getValue().contains(person))
                .map(Map.Entry::getKey).toList();
    }

    private UserId signUp(Person person) {
        var email = email(person);
        return site.core.signIn().signIn(new SignIn.Command(new GoogleSubject("matrix:" + email),
                new EmailAddress(email), person.firstName)).user().id();
    }

    private UserId onboard(UserId user, Person person) {
        site.core.completeOnboarding().complete(new CompleteOnboarding.Command(site.core.identifyActor().identify(user),
                person == Person.USER ? PHONE : OTHER_PHONE, "29", person.firstName + "_" + n, Consent.CURRENT));
        return user;
    }

    private void makeAdmin(UserId user) {
        var account = site.stores.users().byId(user).orElseThrow();
        site.stores.unitOfWork().inTransaction(() -> {
            site.stores.users().update(account.withRole(Role.ADMIN, site.clock.instant()));
            return null;
        });
    }

    private PlanId mentor(Person person, boolean verified) {
        site.core.applyAsMentor().apply(new ApplyAsMentor.Command(actor(person), new Mentor.Details(
                "Listener for hard days", "Years of peer support.", List.of("anxiety"), List.of("English"), 8)));
        if (verified) {
            site.core.verifyMentor().verify(new VerifyMentor.Command(Actor.operator(), id(person), true));
        }
        return createPlan(person, "A week of chat " + n);
    }

    private PlanId createPlan(Person person, String title) {
        return site.core.createPlan().create(new CreatePlan.Command(actor(person), new Plan.Terms(title,
                "Text support when you need it.", Paise.ofRupees(499), 30, 7))).id();
    }

    /** A paid booking of {@code plan} whose chat window is moved into the past, as if its days had run out. */
    private BookingId endedSession(PlanId otherPlan) {
        var booking = site.core.bookPlan().book(new BookPlan.Command(actor(Person.USER), otherPlan));
        var confirmed = site.core.confirmBooking().confirm(new ConfirmBooking.Command(actor(Person.USER),
                booking.id(), SimulatedPayments.referenceFor(booking.id())));
        var thread = confirmed.chat();
        var now = site.clock.instant();
        site.stores.unitOfWork().inTransaction(() -> {
            site.stores.chatThreads().update(new ChatThread(thread.id(), thread.user(), thread.mentor(),
                    new ChatWindow(now.minus(Duration.ofDays(8)), now.minus(Duration.ofDays(1))), true,
                    thread.createdAt()));
            return null;
        });
        return booking.id();
    }

    private Confirmation confirmedChat() {
        var booking = site.core.bookPlan().book(new BookPlan.Command(actor(Person.USER), plan));
        var confirmation = site.core.confirmBooking().confirm(new ConfirmBooking.Command(actor(Person.USER),
                booking.id(), SimulatedPayments.referenceFor(booking.id())));
        var opened = confirmation.chat().id();
        site.core.sendMessage().send(new SendMessage.Command(actor(Person.USER), opened, "m-" + n,
                "Secret message " + n));
        site.core.sendMessage().send(new SendMessage.Command(actor(Person.MENTOR), opened, "r-" + n,
                "Secret reply " + n));
        site.core.writeNotes().write(new WriteNotes.Command(actor(Person.MENTOR), opened, "Secret notes " + n, 0));
        return confirmation;
    }

    private Actor actor(Person person) {
        return site.core.identifyActor().identify(id(person));
    }

    /** A real unsubscribe link's token for the user's "new message after a quiet period" emails. */
    String unsubscribeToken() {
        return site.unsubscribeTokens.issue(id(Person.USER), EmailKind.MESSAGE_AFTER_QUIET);
    }
}

package app.bettertalk.core;

import app.bettertalk.core.audit.InMemoryAuditTrail;
import app.bettertalk.core.audit.ListAuditTrail;
import app.bettertalk.core.privacy.EraseAccount;
import app.bettertalk.core.privacy.ExportData;
import app.bettertalk.core.admin.ChangeModeratorRole;
import app.bettertalk.core.identity.ChangeBlock;
import app.bettertalk.core.identity.InMemoryBlocks;
import app.bettertalk.core.identity.InMemorySuspensions;
import app.bettertalk.core.identity.ListBlocked;
import app.bettertalk.core.moderation.ListWatchedWords;
import app.bettertalk.core.moderation.ScreenedCases;
import app.bettertalk.core.moderation.UnwatchWord;
import app.bettertalk.core.moderation.WatchWord;
import app.bettertalk.core.moderation.DecideCase;
import app.bettertalk.core.moderation.FindConcernInChat;
import app.bettertalk.core.moderation.InMemoryModerationCases;
import app.bettertalk.core.moderation.ListMyReports;
import app.bettertalk.core.moderation.ReportSubject;
import app.bettertalk.core.moderation.ViewModerationCase;
import app.bettertalk.core.moderation.ViewModerationQueue;
import app.bettertalk.core.safety.CrisisScreen;
import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.access.Role;
import app.bettertalk.core.booking.BookPlan;
import app.bettertalk.core.booking.Booking;
import app.bettertalk.core.booking.CancelBooking;
import app.bettertalk.core.booking.ConfirmBooking;
import app.bettertalk.core.booking.Confirmation;
import app.bettertalk.core.booking.FakePaymentGateway;
import app.bettertalk.core.booking.RefundBooking;
import app.bettertalk.core.booking.SettleRefund;
import app.bettertalk.core.booking.InMemoryBookings;
import app.bettertalk.core.booking.InMemoryPaymentLedger;
import app.bettertalk.core.booking.ListBookings;
import app.bettertalk.core.booking.ListMyBookings;
import app.bettertalk.core.booking.OpenCheckout;
import app.bettertalk.core.booking.ReconcilePayments;
import app.bettertalk.core.booking.SettlePayment;
import app.bettertalk.core.booking.SweepExpiredChats;
import app.bettertalk.core.booking.ViewBooking;
import app.bettertalk.core.booking.ViewBookingPage;
import app.bettertalk.core.booking.ViewMentorDashboard;
import app.bettertalk.core.chat.CountUnread;
import app.bettertalk.core.chat.InMemoryChatMessages;
import app.bettertalk.core.chat.InMemoryChatReads;
import app.bettertalk.core.chat.InMemoryChatThreads;
import app.bettertalk.core.chat.InMemoryLiveDelivery;
import app.bettertalk.core.chat.ListChats;
import app.bettertalk.core.chat.ReadChat;
import app.bettertalk.core.chat.SendMessage;
import app.bettertalk.core.community.CreateGroup;
import app.bettertalk.core.community.DeleteComment;
import app.bettertalk.core.community.DeletePost;
import app.bettertalk.core.community.EditComment;
import app.bettertalk.core.community.EditPost;
import app.bettertalk.core.community.PublicWriting;
import app.bettertalk.core.safety.InMemoryWatchedWords;
import app.bettertalk.core.community.InMemoryComments;
import app.bettertalk.core.community.InMemoryGroups;
import app.bettertalk.core.community.InMemoryMemberships;
import app.bettertalk.core.community.InMemoryPosts;
import app.bettertalk.core.community.JoinGroup;
import app.bettertalk.core.community.LeaveGroup;
import app.bettertalk.core.community.ListGroups;
import app.bettertalk.core.community.ViewGroup;
import app.bettertalk.core.community.ViewOwnComment;
import app.bettertalk.core.community.ViewOwnPost;
import app.bettertalk.core.community.ViewPost;
import app.bettertalk.core.community.WriteComment;
import app.bettertalk.core.community.WritePost;
import app.bettertalk.core.identity.AgeLimits;
import app.bettertalk.core.identity.CompleteOnboarding;
import app.bettertalk.core.identity.Consent;
import app.bettertalk.core.identity.EmailAddress;
import app.bettertalk.core.identity.EndSession;
import app.bettertalk.core.identity.SweepEndedSessions;
import app.bettertalk.core.identity.GoogleSubject;
import app.bettertalk.core.identity.IdentifyActor;
import app.bettertalk.core.identity.InMemorySessions;
import app.bettertalk.core.identity.InMemoryUsers;
import app.bettertalk.core.identity.Lookalikes;
import app.bettertalk.core.identity.ResumeSession;
import app.bettertalk.core.identity.SessionPolicy;
import app.bettertalk.core.identity.SignIn;
import app.bettertalk.core.identity.StartSession;
import app.bettertalk.core.identity.UpdateProfile;
import app.bettertalk.core.identity.ViewProfile;
import app.bettertalk.core.mailing.ChangeEmailPreferences;
import app.bettertalk.core.mailing.DeliveryPolicy;
import app.bettertalk.core.mailing.FakeMailer;
import app.bettertalk.core.mailing.FixedJitter;
import app.bettertalk.core.mailing.InMemoryEmailPreferences;
import app.bettertalk.core.mailing.ListQueuedEmails;
import app.bettertalk.core.mailing.RetryEmail;
import app.bettertalk.core.mailing.SendQueuedEmails;
import app.bettertalk.core.mailing.Unsubscribe;
import app.bettertalk.core.mailing.UnsubscribeTokens;
import app.bettertalk.core.mailing.ViewEmailPreferences;
import app.bettertalk.core.mentor.ApplyAsMentor;
import app.bettertalk.core.mentor.ChangeMentorPhoto;
import app.bettertalk.core.mentor.ChangePlanAvailability;
import app.bettertalk.core.mentor.CreatePlan;
import app.bettertalk.core.mentor.EditMentorProfile;
import app.bettertalk.core.mentor.EditPlan;
import app.bettertalk.core.mentor.FakePhotoCropper;
import app.bettertalk.core.mentor.FindMentors;
import app.bettertalk.core.mentor.InMemoryMentorPhotos;
import app.bettertalk.core.mentor.InMemoryMentors;
import app.bettertalk.core.mentor.InMemoryPlans;
import app.bettertalk.core.mentor.ListMentors;
import app.bettertalk.core.mentor.Mentor;
import app.bettertalk.core.mentor.MentorRatings;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.mentor.RemoveMentorPhoto;
import app.bettertalk.core.mentor.VerifyMentor;
import app.bettertalk.core.mentor.ViewMentor;
import app.bettertalk.core.mentor.ViewMentorPhoto;
import app.bettertalk.core.mentor.ViewMentorRoster;
import app.bettertalk.core.mentor.ViewOwnPlan;
import app.bettertalk.core.mentor.ViewPlan;
import app.bettertalk.core.notes.InMemoryNotesDocuments;
import app.bettertalk.core.notes.ReadNotes;
import app.bettertalk.core.notes.WriteNotes;
import app.bettertalk.core.notification.InMemoryOutbox;
import app.bettertalk.core.notification.QuietPeriod;
import app.bettertalk.core.review.InMemoryReviews;
import app.bettertalk.core.review.ListMentorReviews;
import app.bettertalk.core.review.ReplyToReview;
import app.bettertalk.core.review.ViewBookingReview;
import app.bettertalk.core.review.WriteReview;
import app.bettertalk.core.safetyplan.InMemorySafetyPlans;
import app.bettertalk.core.safetyplan.SaveSafetyPlan;
import app.bettertalk.core.safetyplan.ViewSafetyPlan;
import app.bettertalk.core.shared.AsciiNameSkeletons;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.TestClock;
import app.bettertalk.core.shared.UnitOfWork;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every use case of the core over in-memory adapters, a {@link TestClock} and a scripted payment gateway, with
 * helpers that bring people and bookings into being the way the product would.
 */
public final class World {
    /** The unsubscribe secret of every test world: 32 bytes, the least a server accepts. */
    public static final byte[] TEST_SECRET = "a-test-secret-of-thirty-two-byte".getBytes(StandardCharsets.US_ASCII);

    public final TestClock clock = new TestClock();
    public final Stores stores = InMemoryStores.create();
    public final InMemoryUsers users = (InMemoryUsers) stores.users();
    public final InMemoryMentors mentors = (InMemoryMentors) stores.mentors();
    public final InMemoryPlans plans = (InMemoryPlans) stores.plans();
    public final InMemoryGroups groups = (InMemoryGroups) stores.groups();
    public final InMemoryMemberships memberships = (InMemoryMemberships) stores.memberships();
    public final InMemoryPosts posts = (InMemoryPosts) stores.posts();
    public final InMemoryComments comments = (InMemoryComments) stores.comments();
    public final InMemoryBookings bookings = (InMemoryBookings) stores.bookings();
    public final InMemoryChatThreads chatThreads = (InMemoryChatThreads) stores.chatThreads();
    public final InMemoryChatMessages chatMessages = (InMemoryChatMessages) stores.chatMessages();
    public final InMemoryChatReads chatReads = (InMemoryChatReads) stores.chatReads();
    public final InMemoryNotesDocuments notes = (InMemoryNotesDocuments) stores.notes();
    public final InMemoryOutbox outbox = (InMemoryOutbox) stores.outbox();
    public final InMemorySessions sessions = (InMemorySessions) stores.sessions();
    public final InMemoryEmailPreferences emailPreferences = (InMemoryEmailPreferences) stores.emailPreferences();
    public final InMemoryMentorPhotos mentorPhotos = (InMemoryMentorPhotos) stores.mentorPhotos();
    public final FakePhotoCropper photoCropper = new FakePhotoCropper();
    public final UnitOfWork unitOfWork = stores.unitOfWork();
    public final FakePaymentGateway payments = new FakePaymentGateway();
    public final InMemoryPaymentLedger paymentLedger = (InMemoryPaymentLedger) stores.paymentLedger();
    public final InMemoryLiveDelivery live = new InMemoryLiveDelivery();
    public final AccessPolicy access = new AccessPolicy();
    public final QuietPeriod quietPeriod = QuietPeriod.DEFAULT;
    public final AgeLimits ageLimits = AgeLimits.DEFAULT;
    public final SessionPolicy sessionPolicy = SessionPolicy.DEFAULT;
    public final FakeMailer mailer = new FakeMailer();
    public final UnsubscribeTokens unsubscribeTokens = new UnsubscribeTokens(TEST_SECRET);
    public final FixedJitter jitter = new FixedJitter(0.5);
    public final DeliveryPolicy deliveryPolicy = DeliveryPolicy.DEFAULT;

    public final InMemorySuspensions suspensions = (InMemorySuspensions) stores.suspensions();
    public final InMemoryBlocks blocks = (InMemoryBlocks) stores.blocks();
    public final ChangeBlock changeBlock = new ChangeBlock(users, blocks, access, unitOfWork, clock);
    public final ListBlocked listBlocked = new ListBlocked(blocks, access);
    public final InMemoryModerationCases moderationCases = (InMemoryModerationCases) stores.moderationCases();
    public final CrisisScreen crisisScreen = BetterTalkCore.Rules.DEFAULT.crisisScreen();
    public final ScreenedCases concerns = new ScreenedCases(moderationCases);
    public final InMemoryWatchedWords watchedWords = (InMemoryWatchedWords) stores.watchedWords();
    public final InMemoryAuditTrail auditTrail = (InMemoryAuditTrail) stores.auditTrail();
    public final ListAuditTrail listAuditTrail = new ListAuditTrail(auditTrail, access);
    public final PublicWriting writing = new PublicWriting(crisisScreen, concerns, watchedWords, users,
            BetterTalkCore.Rules.DEFAULT.newAccountFor(), clock);
    public final ListWatchedWords listWatchedWords = new ListWatchedWords(watchedWords, access);
    public final WatchWord watchWord = new WatchWord(watchedWords, access, clock);
    public final UnwatchWord unwatchWord = new UnwatchWord(watchedWords, access);
    public final SignIn signIn = new SignIn(users, unitOfWork, clock, suspensions);
    public final IdentifyActor identifyActor = new IdentifyActor(users);
    public final AsciiNameSkeletons nameSkeletons = new AsciiNameSkeletons();
    public final Lookalikes lookalikes = new Lookalikes(users, nameSkeletons);
    public final CompleteOnboarding completeOnboarding =
            new CompleteOnboarding(users, lookalikes, outbox, unitOfWork, clock, ageLimits);
    public final UpdateProfile updateProfile =
            new UpdateProfile(users, lookalikes, access, unitOfWork, clock, ageLimits);
    public final ViewProfile viewProfile = new ViewProfile(users, access);
    public final StartSession startSession = new StartSession(sessions, unitOfWork, clock, sessionPolicy);
    public final ResumeSession resumeSession = new ResumeSession(sessions, users, clock, sessionPolicy, suspensions);
    public final EndSession endSession = new EndSession(sessions);
    public final SweepEndedSessions sweepEndedSessions = new SweepEndedSessions(sessions, sessionPolicy, clock);

    public final ApplyAsMentor applyAsMentor =
            new ApplyAsMentor(users, mentors, lookalikes, access, unitOfWork, clock);
    public final EditMentorProfile editMentorProfile =
            new EditMentorProfile(mentors, lookalikes, access, unitOfWork, clock);
    public final VerifyMentor verifyMentor = new VerifyMentor(mentors, access, unitOfWork, clock);
    public final ListMentors listMentors = new ListMentors(mentors, access);
    public final ViewMentor viewMentor = new ViewMentor(mentors, plans, mentorPhotos, access);
    public final ViewPlan viewPlan = new ViewPlan(plans, mentors, access);
    public final ChangeMentorPhoto changeMentorPhoto =
            new ChangeMentorPhoto(mentors, mentorPhotos, photoCropper, access, unitOfWork, clock);
    public final RemoveMentorPhoto removeMentorPhoto = new RemoveMentorPhoto(mentors, mentorPhotos, access, unitOfWork);
    public final ViewMentorPhoto viewMentorPhoto = new ViewMentorPhoto(mentors, mentorPhotos, access);
    public final ViewOwnPlan viewOwnPlan = new ViewOwnPlan(plans, access);
    public final CreatePlan createPlan = new CreatePlan(mentors, plans, access, unitOfWork, clock);
    public final EditPlan editPlan = new EditPlan(plans, mentors, access, unitOfWork, clock);
    public final ChangePlanAvailability changePlanAvailability =
            new ChangePlanAvailability(plans, mentors, access, unitOfWork, clock);
    public final FindMentors findMentors = new FindMentors(stores.mentorDirectory(), access);

    public final CreateGroup createGroup = new CreateGroup(groups, access, unitOfWork, clock);
    public final ListGroups listGroups = new ListGroups(groups, memberships, access);
    public final JoinGroup joinGroup = new JoinGroup(groups, memberships, access, unitOfWork, clock);
    public final LeaveGroup leaveGroup = new LeaveGroup(groups, memberships, access, unitOfWork);
    public final WritePost writePost = new WritePost(groups, memberships, posts, access, unitOfWork, clock,
            writing);
    public final WriteComment writeComment = new WriteComment(memberships, posts, comments, access,
            unitOfWork, clock, writing);
    public final ViewGroup viewGroup = new ViewGroup(groups, memberships, posts, comments, users, mentors, access,
            blocks);
    public final ViewPost viewPost = new ViewPost(posts, comments, users, mentors, access, blocks);

    public final BookPlan bookPlan = new BookPlan(plans, mentors, bookings, access, unitOfWork, clock);
    public final ConfirmBooking confirmBooking =
            new ConfirmBooking(bookings, chatThreads, users, payments, paymentLedger, outbox, access, unitOfWork,
                    clock);
    public final OpenCheckout openCheckout = new OpenCheckout(bookings, paymentLedger, payments, access, clock);
    public final SettlePayment settlePayment = new SettlePayment(paymentLedger, confirmBooking, clock);
    public final ReconcilePayments reconcilePayments = new ReconcilePayments(bookings, paymentLedger, payments,
            settlePayment, stores.jobLocks(), unitOfWork, clock);
    public final CancelBooking cancelBooking = new CancelBooking(bookings, access, unitOfWork, clock);
    public final RefundBooking refundBooking = new RefundBooking(bookings, chatThreads, chatMessages, users,
            paymentLedger, payments, outbox, access, unitOfWork, clock);
    public final SettleRefund settleRefund = new SettleRefund(paymentLedger, payments, unitOfWork, clock);
    public final ListBookings listBookings = new ListBookings(bookings, chatThreads, access, clock);
    public final ViewBooking viewBooking = new ViewBooking(bookings, chatThreads, access, clock);
    public final SweepExpiredChats sweepExpiredChats =
            new SweepExpiredChats(chatThreads, bookings, users, outbox, stores.jobLocks(), unitOfWork, clock);

    public final SendMessage sendMessage = new SendMessage(chatThreads, chatMessages, users, outbox, live, access,
            unitOfWork, clock, quietPeriod, crisisScreen, concerns, blocks);
    public final ReadChat readChat = new ReadChat(chatThreads, chatMessages, chatReads, users, mentors, access,
            unitOfWork, clock, blocks);
    public final ListChats listChats = new ListChats(chatThreads, chatReads, users, mentors, access, clock);
    public final CountUnread countUnread = new CountUnread(chatReads, access, chatThreads, blocks);

    public final WriteNotes writeNotes = new WriteNotes(chatThreads, notes, access, unitOfWork, clock);
    public final ReadNotes readNotes = new ReadNotes(chatThreads, notes, bookings, access, clock);

    public final ListMyBookings listMyBookings = new ListMyBookings(bookings, chatThreads, users, mentors, access,
            clock);
    public final ViewMentorRoster viewMentorRoster = new ViewMentorRoster(mentors, users, access);
    public final ViewMentorDashboard viewMentorDashboard =
            new ViewMentorDashboard(mentors, plans, bookings, chatThreads, users, mentorPhotos, access, clock,
                    chatReads);
    public final ViewBookingPage viewBookingPage = new ViewBookingPage(bookings, chatThreads, chatMessages,
            paymentLedger, users, access, clock);
    public final SendQueuedEmails sendQueuedEmails = new SendQueuedEmails(outbox, emailPreferences, users, mailer,
            unsubscribeTokens, deliveryPolicy, jitter, clock);
    public final ListQueuedEmails listQueuedEmails = new ListQueuedEmails(outbox, access);
    public final RetryEmail retryEmail = new RetryEmail(outbox, access, unitOfWork, clock);
    public final ViewEmailPreferences viewEmailPreferences = new ViewEmailPreferences(emailPreferences, access);
    public final ChangeEmailPreferences changeEmailPreferences =
            new ChangeEmailPreferences(emailPreferences, access, unitOfWork, clock);
    public final Unsubscribe unsubscribe = new Unsubscribe(unsubscribeTokens, emailPreferences, unitOfWork, clock);

    public final InMemoryReviews reviews = (InMemoryReviews) stores.reviews();
    public final MentorRatings mentorRatings = stores.mentorRatings();
    public final WriteReview writeReview =
            new WriteReview(bookings, chatThreads, reviews, mentorRatings, access, unitOfWork, clock);
    public final ViewBookingReview viewBookingReview =
            new ViewBookingReview(bookings, chatThreads, reviews, users, access, clock);
    public final ReplyToReview replyToReview = new ReplyToReview(reviews, mentors, access, unitOfWork, clock);
    public final ListMentorReviews listMentorReviews =
            new ListMentorReviews(reviews, mentors, mentorRatings, users, access, clock);

    public final InMemorySafetyPlans safetyPlans = (InMemorySafetyPlans) stores.safetyPlans();
    public final ViewSafetyPlan viewSafetyPlan = new ViewSafetyPlan(safetyPlans, access);
    public final SaveSafetyPlan saveSafetyPlan = new SaveSafetyPlan(safetyPlans, access, unitOfWork, clock);
    public final ReportSubject reportSubject = new ReportSubject(posts, comments, chatMessages, chatThreads, users,
            moderationCases, access, unitOfWork, clock);
    public final ViewModerationQueue viewModerationQueue = new ViewModerationQueue(moderationCases, access);
    public final ViewModerationCase viewModerationCase = new ViewModerationCase(moderationCases, users,
            auditTrail, access, unitOfWork, clock);
    public final DecideCase decideCase = new DecideCase(moderationCases, posts, comments, chatMessages, users,
            sessions, suspensions, access, unitOfWork, clock);
    public final ListMyReports listMyReports = new ListMyReports(moderationCases, access);
    public final ChangeModeratorRole changeModeratorRole = new ChangeModeratorRole(users, mentors, access,
            unitOfWork, clock);
    public final FindConcernInChat findConcernInChat = new FindConcernInChat(chatThreads, moderationCases, access);
    public final EditPost editPost = new EditPost(posts, access, unitOfWork, clock, writing);
    public final DeletePost deletePost = new DeletePost(posts, access, unitOfWork, clock);
    public final EditComment editComment =
            new EditComment(posts, comments, access, unitOfWork, clock, writing);
    public final DeleteComment deleteComment = new DeleteComment(posts, comments, access, unitOfWork, clock);
    public final ViewOwnPost viewOwnPost = new ViewOwnPost(posts, access);
    public final ViewOwnComment viewOwnComment = new ViewOwnComment(posts, comments, access);

    private final AtomicInteger people = new AtomicInteger();
    private final AtomicInteger paymentReferences = new AtomicInteger();
    public final ExportData exportData = new ExportData(new ExportData.Sources(users, posts, comments, bookings,
            stores.paymentLedger(), chatThreads, chatMessages, notes, stores.reviews(), moderationCases,
            stores.queuedEmails(), safetyPlans, mentors, plans), auditTrail, access, unitOfWork, clock);
    public final EraseAccount eraseAccount = new EraseAccount(new EraseAccount.Stores(users, sessions,
            stores.queuedEmails(), posts, comments, chatMessages, safetyPlans, mentors, stores.mentorPhotos(), plans),
            access, unitOfWork, clock);

    public Instant now() {
        return clock.instant();
    }

    /** Someone who signed in with Google and has not onboarded yet. */
    public Actor newcomer(String name) {
        var n = people.incrementAndGet();
        var email = new EmailAddress(name.toLowerCase(Locale.ROOT) + n + "@example.com");
        return signIn.signIn(new SignIn.Command(new GoogleSubject("google-" + n), email, name)).user().asActor();
    }

    /** Someone signed in and onboarded under {@code username}. */
    public Actor onboardedUser(String username) {
        var newcomer = newcomer(username);
        completeOnboarding.complete(new CompleteOnboarding.Command(newcomer, "98765 4321" + people.get() % 10, "30",
                username, Consent.CURRENT));
        return identifyActor.identify(newcomer.id());
    }

    /** An onboarded person an operator made admin. */
    public Actor admin(String username) {
        var person = onboardedUser(username);
        unitOfWork.inTransaction(() -> {
            users.update(users.byId(person.id()).orElseThrow().withRole(Role.ADMIN, now()));
            return null;
        });
        return identifyActor.identify(person.id());
    }

    /** An onboarded person who applied to mentor and has not been verified. */
    public Actor unverifiedMentor(String username) {
        var person = onboardedUser(username);
        applyAsMentor.apply(new ApplyAsMentor.Command(person, mentorDetails()));
        return identifyActor.identify(person.id());
    }

    /** An onboarded person an admin verified as a mentor. */
    public Actor verifiedMentor(String username) {
        var mentor = unverifiedMentor(username);
        verifyMentor.verify(new VerifyMentor.Command(Actor.operator(), mentor.id(), true));
        return mentor;
    }

    public static Mentor.Details mentorDetails() {
        return new Mentor.Details("Listener for hard days", "Ten years of peer support.",
                List.of("anxiety", "breakup"), List.of("English", "Hindi"), 10);
    }

    /** An active plan of {@code mentor} with {@code chatWindowDays} days of chat for ₹499. */
    public Plan plan(Actor mentor, int chatWindowDays) {
        return createPlan.create(new CreatePlan.Command(mentor, terms(chatWindowDays)));
    }

    public static Plan.Terms terms(int chatWindowDays) {
        return new Plan.Terms("Support - " + chatWindowDays + " days chat", "Text support when you need it.",
                Paise.ofRupees(499), 30, chatWindowDays);
    }

    public Booking pendingBooking(Actor user, Plan plan) {
        return bookPlan.book(new BookPlan.Command(user, plan.id()));
    }

    /** Books and pays for {@code plan} with a fresh payment reference. */
    public Confirmation confirmedBooking(Actor user, Plan plan) {
        var booking = pendingBooking(user, plan);
        return confirmBooking.confirm(new ConfirmBooking.Command(user, booking.id(),
                "pay_" + paymentReferences.incrementAndGet()));
    }
}

package app.bettertalk.core;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.admin.ChangeAdminRole;
import app.bettertalk.core.admin.ChangeModeratorRole;
import app.bettertalk.core.admin.FindAccount;
import app.bettertalk.core.admin.ListUsers;
import app.bettertalk.core.audit.AuditTrail;
import app.bettertalk.core.audit.ListAuditTrail;
import app.bettertalk.core.privacy.EraseAccount;
import app.bettertalk.core.privacy.ExportData;
import app.bettertalk.core.booking.BookPlan;
import app.bettertalk.core.booking.Bookings;
import app.bettertalk.core.booking.CancelBooking;
import app.bettertalk.core.booking.CompleteCheckout;
import app.bettertalk.core.booking.ConfirmBooking;
import app.bettertalk.core.booking.ListBookings;
import app.bettertalk.core.booking.ListMyBookings;
import app.bettertalk.core.booking.ListPayments;
import app.bettertalk.core.booking.ListRefunds;
import app.bettertalk.core.booking.OpenCheckout;
import app.bettertalk.core.booking.PaymentGateway;
import app.bettertalk.core.booking.PaymentLedger;
import app.bettertalk.core.booking.ReconcilePayments;
import app.bettertalk.core.booking.RefundBooking;
import app.bettertalk.core.booking.SettlePayment;
import app.bettertalk.core.booking.SettleRefund;
import app.bettertalk.core.booking.ShowPayment;
import app.bettertalk.core.booking.SweepExpiredChats;
import app.bettertalk.core.booking.ViewBooking;
import app.bettertalk.core.booking.ViewBookingPage;
import app.bettertalk.core.booking.ViewMentorDashboard;
import app.bettertalk.core.chat.ChatMessages;
import app.bettertalk.core.chat.ChatReads;
import app.bettertalk.core.chat.ChatThreads;
import app.bettertalk.core.chat.CountUnread;
import app.bettertalk.core.chat.ListChats;
import app.bettertalk.core.chat.LiveDelivery;
import app.bettertalk.core.chat.ReadChat;
import app.bettertalk.core.chat.SendMessage;
import app.bettertalk.core.community.Comments;
import app.bettertalk.core.community.CreateGroup;
import app.bettertalk.core.community.DeleteComment;
import app.bettertalk.core.community.DeletePost;
import app.bettertalk.core.community.EditComment;
import app.bettertalk.core.community.EditPost;
import app.bettertalk.core.community.Groups;
import app.bettertalk.core.community.JoinGroup;
import app.bettertalk.core.community.LeaveGroup;
import app.bettertalk.core.community.ListGroups;
import app.bettertalk.core.community.Memberships;
import app.bettertalk.core.community.Posts;
import app.bettertalk.core.community.PublicWriting;
import app.bettertalk.core.community.SeedGroups;
import app.bettertalk.core.community.ViewGroup;
import app.bettertalk.core.community.ViewOwnComment;
import app.bettertalk.core.community.ViewOwnPost;
import app.bettertalk.core.community.ViewPost;
import app.bettertalk.core.community.WriteComment;
import app.bettertalk.core.community.WritePost;
import app.bettertalk.core.identity.AgeLimits;
import app.bettertalk.core.identity.Blocks;
import app.bettertalk.core.identity.ChangeBlock;
import app.bettertalk.core.identity.CompleteOnboarding;
import app.bettertalk.core.identity.EndSession;
import app.bettertalk.core.identity.IdentifyActor;
import app.bettertalk.core.identity.ListBlocked;
import app.bettertalk.core.identity.Lookalikes;
import app.bettertalk.core.identity.ResumeSession;
import app.bettertalk.core.identity.SessionPolicy;
import app.bettertalk.core.identity.Sessions;
import app.bettertalk.core.identity.SignIn;
import app.bettertalk.core.identity.SignOutEverywhere;
import app.bettertalk.core.identity.StartSession;
import app.bettertalk.core.identity.Suspensions;
import app.bettertalk.core.identity.SweepEndedSessions;
import app.bettertalk.core.identity.UpdateProfile;
import app.bettertalk.core.identity.Users;
import app.bettertalk.core.identity.ViewProfile;
import app.bettertalk.core.limits.RateLimits;
import app.bettertalk.core.mailing.ChangeEmailPreferences;
import app.bettertalk.core.mailing.DeliveryPolicy;
import app.bettertalk.core.mailing.EmailPreferences;
import app.bettertalk.core.mailing.ListQueuedEmails;
import app.bettertalk.core.mailing.Mailer;
import app.bettertalk.core.mailing.QueuedEmails;
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
import app.bettertalk.core.mentor.FindMentors;
import app.bettertalk.core.mentor.ListMentors;
import app.bettertalk.core.mentor.MentorDirectory;
import app.bettertalk.core.mentor.MentorPhotos;
import app.bettertalk.core.mentor.MentorRatings;
import app.bettertalk.core.mentor.Mentors;
import app.bettertalk.core.mentor.PhotoCropper;
import app.bettertalk.core.mentor.Plans;
import app.bettertalk.core.mentor.RemoveMentorPhoto;
import app.bettertalk.core.mentor.VerifyMentor;
import app.bettertalk.core.mentor.ViewMentor;
import app.bettertalk.core.mentor.ViewMentorPhoto;
import app.bettertalk.core.mentor.ViewMentorRoster;
import app.bettertalk.core.mentor.ViewOwnPlan;
import app.bettertalk.core.mentor.ViewPlan;
import app.bettertalk.core.moderation.DecideCase;
import app.bettertalk.core.moderation.FindConcernInChat;
import app.bettertalk.core.moderation.ListMyReports;
import app.bettertalk.core.moderation.ListWatchedWords;
import app.bettertalk.core.moderation.ModerationCases;
import app.bettertalk.core.moderation.ReportSubject;
import app.bettertalk.core.moderation.ScreenedCases;
import app.bettertalk.core.moderation.UnwatchWord;
import app.bettertalk.core.moderation.ViewModerationCase;
import app.bettertalk.core.moderation.ViewModerationQueue;
import app.bettertalk.core.moderation.WatchWord;
import app.bettertalk.core.notes.NotesDocuments;
import app.bettertalk.core.notes.ReadNotes;
import app.bettertalk.core.notes.WriteNotes;
import app.bettertalk.core.notification.Outbox;
import app.bettertalk.core.notification.QuietPeriod;
import app.bettertalk.core.review.ListMentorReviews;
import app.bettertalk.core.review.ReplyToReview;
import app.bettertalk.core.review.Reviews;
import app.bettertalk.core.review.ViewBookingReview;
import app.bettertalk.core.review.WriteReview;
import app.bettertalk.core.safety.CrisisPhrases;
import app.bettertalk.core.safety.CrisisScreen;
import app.bettertalk.core.safety.WatchedWords;
import app.bettertalk.core.safetyplan.SafetyPlans;
import app.bettertalk.core.safetyplan.SaveSafetyPlan;
import app.bettertalk.core.safetyplan.ViewSafetyPlan;
import app.bettertalk.core.shared.JobLocks;
import app.bettertalk.core.shared.NameSkeletons;
import app.bettertalk.core.shared.UnitOfWork;

import java.time.Clock;
import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * BetterTalk's core as a library: every use case, built from the ports an application supplies. An application (the
 * {@code bettertalk} program, a test, another Java program) calls {@link #assemble} once and keeps the result.
 * <p>
 * It is the façade for embedding the core (docs/embedding.md) and the one place a composition root takes use cases
 * from; it chooses no adapter. Which adapters fill the ports is the composition root's choice: in the {@code
 * bettertalk} program that is the CLI's {@code Wiring}, which hands each command only the use cases it runs.
 */
public record BetterTalkCore(
        SignIn signIn, IdentifyActor identifyActor, StartSession startSession, ResumeSession resumeSession,
        EndSession endSession, CompleteOnboarding completeOnboarding, UpdateProfile updateProfile,
        ViewProfile viewProfile,
        ApplyAsMentor applyAsMentor, EditMentorProfile editMentorProfile, VerifyMentor verifyMentor,
        ListMentors listMentors, ViewMentor viewMentor, ViewPlan viewPlan, ViewOwnPlan viewOwnPlan,
        CreatePlan createPlan, EditPlan editPlan, ChangePlanAvailability changePlanAvailability,
        CreateGroup createGroup, ListGroups listGroups, JoinGroup joinGroup, LeaveGroup leaveGroup,
        WritePost writePost, WriteComment writeComment, ViewGroup viewGroup,
        BookPlan bookPlan, ConfirmBooking confirmBooking, CancelBooking cancelBooking, ListBookings listBookings,
        ViewBooking viewBooking, SweepExpiredChats sweepExpiredChats,
        SendMessage sendMessage, ReadChat readChat, ListChats listChats,
        WriteNotes writeNotes, ReadNotes readNotes,
        ListUsers listUsers, FindAccount findAccount, ChangeAdminRole changeAdminRole, SeedGroups seedGroups,
        ListMyBookings listMyBookings, ViewMentorRoster viewMentorRoster,
        ViewMentorDashboard viewMentorDashboard, ViewBookingPage viewBookingPage,
        ViewPost viewPost,
        SendQueuedEmails sendQueuedEmails, ListQueuedEmails listQueuedEmails, RetryEmail retryEmail,
        ViewEmailPreferences viewEmailPreferences, ChangeEmailPreferences changeEmailPreferences,
        Unsubscribe unsubscribe,
        FindMentors findMentors,
        ChangeMentorPhoto changeMentorPhoto, RemoveMentorPhoto removeMentorPhoto, ViewMentorPhoto viewMentorPhoto,
        CountUnread countUnread,
        WriteReview writeReview, ViewBookingReview viewBookingReview, ReplyToReview replyToReview,
        ListMentorReviews listMentorReviews,
        OpenCheckout openCheckout, CompleteCheckout completeCheckout, SettlePayment settlePayment,
        ReconcilePayments reconcilePayments, ListPayments listPayments, ShowPayment showPayment,
        RefundBooking refundBooking, SettleRefund settleRefund, ListRefunds listRefunds,
        SignOutEverywhere signOutEverywhere,
        ViewSafetyPlan viewSafetyPlan, SaveSafetyPlan saveSafetyPlan,
        ReportSubject reportSubject, ViewModerationQueue viewModerationQueue, ViewModerationCase viewModerationCase,
        DecideCase decideCase, ListMyReports listMyReports, ChangeModeratorRole changeModeratorRole,
        FindConcernInChat findConcernInChat, ChangeBlock changeBlock, ListBlocked listBlocked,
        EditPost editPost, DeletePost deletePost, EditComment editComment, DeleteComment deleteComment,
        ViewOwnPost viewOwnPost, ViewOwnComment viewOwnComment, ListWatchedWords listWatchedWords,
        WatchWord watchWord, UnwatchWord unwatchWord, SweepEndedSessions sweepEndedSessions,
        ListAuditTrail listAuditTrail, ExportData exportData, EraseAccount eraseAccount) {

    /**
     * Everything the core needs from outside: storage, the payment provider, live delivery, the clock, and for email
     * the sending side of the outbox, people's choices, the mailer, the server's unsubscribe signer and the
     * randomness that jitters retries; each mentor's review tally, and the directory that searches verified
     * mentors; how far each participant has read their chats; mentors' photos and what crops an uploaded one; the
     * reviews; the ledger of checkout orders and payments; each member's safety plan; moderation cases and
     * reports, and suspensions; who blocked whom; what a name looks like, so none passes for another; and the
     * words admins watch for.
     */
    public record Ports(Users users, Sessions sessions, Mentors mentors, Plans plans, Groups groups,
                        Memberships memberships, Posts posts, Comments comments, Bookings bookings,
                        ChatThreads chatThreads, ChatMessages chatMessages, NotesDocuments notes, Outbox outbox,
                        UnitOfWork unitOfWork, PaymentGateway payments, LiveDelivery live, Clock clock,
                        JobLocks jobLocks,
                        QueuedEmails queuedEmails, EmailPreferences emailPreferences, Mailer mailer,
                        UnsubscribeTokens unsubscribeTokens, RandomGenerator jitter,
                        MentorRatings mentorRatings, MentorDirectory mentorDirectory, ChatReads chatReads,
                        MentorPhotos mentorPhotos, PhotoCropper photoCropper, Reviews reviews,
                        PaymentLedger paymentLedger, SafetyPlans safetyPlans, ModerationCases moderationCases,
                        Suspensions suspensions, Blocks blocks, NameSkeletons nameSkeletons,
                        WatchedWords watchedWords, AuditTrail auditTrail) {
    }

    /**
     * The rules a deployment may tune, the crisis screen with its phrases, and how long an account is new (it may
     * not post links).
     */
    public record Rules(AgeLimits ageLimits, QuietPeriod quietPeriod, SessionPolicy sessionPolicy,
                        DeliveryPolicy emailDelivery, CrisisScreen crisisScreen, Duration newAccountFor) {
        public static final Rules DEFAULT = new Rules(AgeLimits.DEFAULT, QuietPeriod.DEFAULT, SessionPolicy.DEFAULT,
                DeliveryPolicy.DEFAULT, new CrisisScreen(CrisisPhrases.bundled()), RateLimits.DEFAULT.newAccountFor());
    }

    public static BetterTalkCore assemble(Ports p, Rules rules) {
        var access = new AccessPolicy();
        var uow = p.unitOfWork();
        var clock = p.clock();
        var concerns = new ScreenedCases(p.moderationCases());
        var writing = new PublicWriting(rules.crisisScreen(), concerns, p.watchedWords(), p.users(),
                rules.newAccountFor(), clock);
        var lookalikes = new Lookalikes(p.users(), p.nameSkeletons());
        var confirmBooking = new ConfirmBooking(p.bookings(), p.chatThreads(), p.users(), p.payments(),
                p.paymentLedger(), p.outbox(), access, uow, clock);
        var settlePayment = new SettlePayment(p.paymentLedger(), confirmBooking, clock);
        return new BetterTalkCore(
                new SignIn(p.users(), uow, clock, p.suspensions()),
                new IdentifyActor(p.users()),
                new StartSession(p.sessions(), uow, clock, rules.sessionPolicy()),
                new ResumeSession(p.sessions(), p.users(), clock, rules.sessionPolicy(), p.suspensions()),
                new EndSession(p.sessions()),
                new CompleteOnboarding(p.users(), lookalikes, p.outbox(), uow, clock, rules.ageLimits()),
                new UpdateProfile(p.users(), lookalikes, access, uow, clock, rules.ageLimits()),
                new ViewProfile(p.users(), access),
                new ApplyAsMentor(p.users(), p.mentors(), lookalikes, access, uow, clock),
                new EditMentorProfile(p.mentors(), lookalikes, access, uow, clock),
                new VerifyMentor(p.mentors(), access, uow, clock),
                new ListMentors(p.mentors(), access),
                new ViewMentor(p.mentors(), p.plans(), p.mentorPhotos(), access),
                new ViewPlan(p.plans(), p.mentors(), access),
                new ViewOwnPlan(p.plans(), access),
                new CreatePlan(p.mentors(), p.plans(), access, uow, clock),
                new EditPlan(p.plans(), p.mentors(), access, uow, clock),
                new ChangePlanAvailability(p.plans(), p.mentors(), access, uow, clock),
                new CreateGroup(p.groups(), access, uow, clock),
                new ListGroups(p.groups(), p.memberships(), access),
                new JoinGroup(p.groups(), p.memberships(), access, uow, clock),
                new LeaveGroup(p.groups(), p.memberships(), access, uow),
                new WritePost(p.groups(), p.memberships(), p.posts(), access, uow, clock, writing),
                new WriteComment(p.memberships(), p.posts(), p.comments(), access, uow, clock, writing),
                new ViewGroup(p.groups(), p.memberships(), p.posts(), p.comments(), p.users(), p.mentors(), access,
                        p.blocks()),
                new BookPlan(p.plans(), p.mentors(), p.bookings(), access, uow, clock),
                confirmBooking,
                new CancelBooking(p.bookings(), access, uow, clock),
                new ListBookings(p.bookings(), p.chatThreads(), access, clock),
                new ViewBooking(p.bookings(), p.chatThreads(), access, clock),
                new SweepExpiredChats(p.chatThreads(), p.bookings(), p.users(), p.outbox(), p.jobLocks(), uow, clock),
                new SendMessage(p.chatThreads(), p.chatMessages(), p.users(), p.outbox(), p.live(), access, uow,
                        clock, rules.quietPeriod(), rules.crisisScreen(), concerns, p.blocks()),
                new ReadChat(p.chatThreads(), p.chatMessages(), p.chatReads(), p.users(), p.mentors(), access, uow,
                        clock, p.blocks()),
                new ListChats(p.chatThreads(), p.chatReads(), p.users(), p.mentors(), access, clock),
                new WriteNotes(p.chatThreads(), p.notes(), access, uow, clock),
                new ReadNotes(p.chatThreads(), p.notes(), p.bookings(), access, clock),
                new ListUsers(p.users(), access),
                new FindAccount(p.users(), access),
                new ChangeAdminRole(p.users(), p.mentors(), access, uow, clock),
                new SeedGroups(p.groups(), access, uow, clock),
                new ListMyBookings(p.bookings(), p.chatThreads(), p.users(), p.mentors(), access,
                        clock),
                new ViewMentorRoster(p.mentors(), p.users(), access),
                new ViewMentorDashboard(p.mentors(), p.plans(), p.bookings(), p.chatThreads(), p.users(),
                        p.mentorPhotos(), access, clock, p.chatReads()),
                new ViewBookingPage(p.bookings(), p.chatThreads(), p.chatMessages(), p.paymentLedger(), p.users(),
                        access, clock),
                new ViewPost(p.posts(), p.comments(), p.users(), p.mentors(), access, p.blocks()),
                new SendQueuedEmails(p.queuedEmails(), p.emailPreferences(), p.users(), p.mailer(),
                        p.unsubscribeTokens(), rules.emailDelivery(), p.jitter(), clock),
                new ListQueuedEmails(p.queuedEmails(), access),
                new RetryEmail(p.queuedEmails(), access, uow, clock),
                new ViewEmailPreferences(p.emailPreferences(), access),
                new ChangeEmailPreferences(p.emailPreferences(), access, uow, clock),
                new Unsubscribe(p.unsubscribeTokens(), p.emailPreferences(), uow, clock),
                new FindMentors(p.mentorDirectory(), access),
                new ChangeMentorPhoto(p.mentors(), p.mentorPhotos(), p.photoCropper(), access, uow, clock),
                new RemoveMentorPhoto(p.mentors(), p.mentorPhotos(), access, uow),
                new ViewMentorPhoto(p.mentors(), p.mentorPhotos(), access),

                new CountUnread(p.chatReads(), access, p.chatThreads(), p.blocks()),
                new WriteReview(p.bookings(), p.chatThreads(), p.reviews(), p.mentorRatings(), access, uow, clock),
                new ViewBookingReview(p.bookings(), p.chatThreads(), p.reviews(), p.users(), access, clock),
                new ReplyToReview(p.reviews(), p.mentors(), access, uow, clock),
                new ListMentorReviews(p.reviews(), p.mentors(), p.mentorRatings(), p.users(), access, clock),
                new OpenCheckout(p.bookings(), p.paymentLedger(), p.payments(), access, clock),
                new CompleteCheckout(p.bookings(), p.paymentLedger(), confirmBooking, access),
                settlePayment,
                new ReconcilePayments(p.bookings(), p.paymentLedger(), p.payments(), settlePayment, p.jobLocks(),
                        uow, clock),
                new ListPayments(p.paymentLedger(), access),
                new ShowPayment(p.paymentLedger(), access),
                new RefundBooking(p.bookings(), p.chatThreads(), p.chatMessages(), p.users(), p.paymentLedger(),
                        p.payments(), p.outbox(), access, uow, clock),
                new SettleRefund(p.paymentLedger(), p.payments(), uow, clock),
                new ListRefunds(p.paymentLedger(), access),
                new SignOutEverywhere(p.sessions()),
                new ViewSafetyPlan(p.safetyPlans(), access),
                new SaveSafetyPlan(p.safetyPlans(), access, uow, clock),
                new ReportSubject(p.posts(), p.comments(), p.chatMessages(), p.chatThreads(), p.users(),
                        p.moderationCases(), access, uow, clock),
                new ViewModerationQueue(p.moderationCases(), access),
                new ViewModerationCase(p.moderationCases(), p.users(), p.auditTrail(), access, uow, clock),
                new DecideCase(p.moderationCases(), p.posts(), p.comments(), p.chatMessages(), p.users(),
                        p.sessions(), p.suspensions(), access, uow, clock),
                new ListMyReports(p.moderationCases(), access),
                new ChangeModeratorRole(p.users(), p.mentors(), access, uow, clock),
                new FindConcernInChat(p.chatThreads(), p.moderationCases(), access),
                new ChangeBlock(p.users(), p.blocks(), access, uow, clock),
                new ListBlocked(p.blocks(), access),
                new EditPost(p.posts(), access, uow, clock, writing),
                new DeletePost(p.posts(), access, uow, clock),
                new EditComment(p.posts(), p.comments(), access, uow, clock, writing),
                new DeleteComment(p.posts(), p.comments(), access, uow, clock),
                new ViewOwnPost(p.posts(), access),
                new ViewOwnComment(p.posts(), p.comments(), access),
                new ListWatchedWords(p.watchedWords(), access),
                new WatchWord(p.watchedWords(), access, clock),
                new UnwatchWord(p.watchedWords(), access),
                new SweepEndedSessions(p.sessions(), rules.sessionPolicy(), clock),
                new ListAuditTrail(p.auditTrail(), access),
                new ExportData(new ExportData.Sources(p.users(), p.posts(), p.comments(), p.bookings(),
                        p.paymentLedger(), p.chatThreads(), p.chatMessages(), p.notes(), p.reviews(),
                        p.moderationCases(), p.queuedEmails(), p.safetyPlans(), p.mentors(), p.plans()),
                        p.auditTrail(), access, uow, clock),
                new EraseAccount(new EraseAccount.Stores(p.users(), p.sessions(), p.queuedEmails(), p.posts(),
                        p.comments(), p.chatMessages(), p.safetyPlans(), p.mentors(), p.mentorPhotos(), p.plans()),
                        access, uow, clock));
    }
}

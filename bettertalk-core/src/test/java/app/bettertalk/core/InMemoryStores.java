package app.bettertalk.core;

import app.bettertalk.core.audit.InMemoryAuditTrail;
import app.bettertalk.core.booking.InMemoryBookings;
import app.bettertalk.core.booking.InMemoryPaymentLedger;
import app.bettertalk.core.chat.InMemoryChatMessages;
import app.bettertalk.core.chat.InMemoryChatReads;
import app.bettertalk.core.chat.InMemoryChatThreads;
import app.bettertalk.core.community.InMemoryComments;
import app.bettertalk.core.community.InMemoryGroups;
import app.bettertalk.core.community.InMemoryMemberships;
import app.bettertalk.core.community.InMemoryPosts;
import app.bettertalk.core.identity.InMemorySessions;
import app.bettertalk.core.identity.InMemoryUsers;
import app.bettertalk.core.mailing.InMemoryEmailPreferences;
import app.bettertalk.core.mentor.InMemoryMentorDirectory;
import app.bettertalk.core.mentor.InMemoryMentorRatings;
import app.bettertalk.core.mentor.InMemoryMentorPhotos;
import app.bettertalk.core.mentor.InMemoryMentors;
import app.bettertalk.core.mentor.InMemoryPlans;
import app.bettertalk.core.notes.InMemoryNotesDocuments;
import app.bettertalk.core.notification.InMemoryOutbox;
import app.bettertalk.core.review.InMemoryReviews;
import app.bettertalk.core.identity.InMemoryBlocks;
import app.bettertalk.core.safety.InMemoryWatchedWords;
import app.bettertalk.core.identity.InMemorySuspensions;
import app.bettertalk.core.moderation.InMemoryModerationCases;
import app.bettertalk.core.safetyplan.InMemorySafetyPlans;
import app.bettertalk.core.shared.AsciiNameSkeletons;
import app.bettertalk.core.shared.InMemoryJobLocks;
import app.bettertalk.core.shared.InMemoryUnitOfWork;

import java.util.List;

/**
 * Fresh in-memory {@link Stores}, all rolled back together by one {@link InMemoryUnitOfWork}; usernames look alike by
 * {@link AsciiNameSkeletons}.
 */
public final class InMemoryStores {
    private InMemoryStores() {
    }

    public static Stores create() {
        var users = new InMemoryUsers(new AsciiNameSkeletons());
        var mentors = new InMemoryMentors();
        var plans = new InMemoryPlans();
        var groups = new InMemoryGroups();
        var memberships = new InMemoryMemberships();
        var posts = new InMemoryPosts();
        var comments = new InMemoryComments();
        var bookings = new InMemoryBookings();
        var threads = new InMemoryChatThreads();
        var messages = new InMemoryChatMessages();
        var notes = new InMemoryNotesDocuments();
        var outbox = new InMemoryOutbox();
        var sessions = new InMemorySessions();
        var emailPreferences = new InMemoryEmailPreferences();
        var mentorRatings = new InMemoryMentorRatings();
        var reads = new InMemoryChatReads(threads, messages);
        var mentorPhotos = new InMemoryMentorPhotos();
        var reviews = new InMemoryReviews();
        var ledger = new InMemoryPaymentLedger();
        var safetyPlans = new InMemorySafetyPlans();
        var moderationCases = new InMemoryModerationCases();
        var suspensions = new InMemorySuspensions();
        var blocks = new InMemoryBlocks();
        var watchedWords = new InMemoryWatchedWords();
        var auditTrail = new InMemoryAuditTrail();
        var unitOfWork = new InMemoryUnitOfWork(List.of(users, mentors, plans, groups, memberships, posts, comments,
                bookings, threads, messages, notes, outbox, sessions, emailPreferences, mentorRatings, reads,
                mentorPhotos, reviews, ledger, safetyPlans, moderationCases, suspensions,
                blocks, watchedWords, auditTrail));
        return new Stores(users, mentors, plans, groups, memberships, posts, comments, bookings, threads, messages,
                notes, outbox, sessions, new InMemoryJobLocks(), unitOfWork, outbox, emailPreferences, mentorRatings,
                new InMemoryMentorDirectory(mentors, plans, mentorRatings, mentorPhotos), reads, mentorPhotos, reviews,
                ledger, safetyPlans, moderationCases, suspensions, blocks, watchedWords, auditTrail);
    }
}

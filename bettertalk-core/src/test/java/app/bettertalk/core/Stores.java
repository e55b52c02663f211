package app.bettertalk.core;

import app.bettertalk.core.booking.Bookings;
import app.bettertalk.core.booking.PaymentLedger;
import app.bettertalk.core.chat.ChatMessages;
import app.bettertalk.core.chat.ChatReads;
import app.bettertalk.core.chat.ChatThreads;
import app.bettertalk.core.community.Comments;
import app.bettertalk.core.community.Groups;
import app.bettertalk.core.community.Memberships;
import app.bettertalk.core.community.Posts;
import app.bettertalk.core.identity.Sessions;
import app.bettertalk.core.identity.Users;
import app.bettertalk.core.mailing.EmailPreferences;
import app.bettertalk.core.mailing.QueuedEmails;
import app.bettertalk.core.mentor.MentorDirectory;
import app.bettertalk.core.mentor.MentorRatings;
import app.bettertalk.core.mentor.MentorPhotos;
import app.bettertalk.core.mentor.Mentors;
import app.bettertalk.core.mentor.Plans;
import app.bettertalk.core.notes.NotesDocuments;
import app.bettertalk.core.notification.Outbox;
import app.bettertalk.core.review.Reviews;
import app.bettertalk.core.identity.Blocks;
import app.bettertalk.core.safety.WatchedWords;
import app.bettertalk.core.identity.Suspensions;
import app.bettertalk.core.moderation.ModerationCases;
import app.bettertalk.core.safetyplan.SafetyPlans;
import app.bettertalk.core.shared.JobLocks;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.audit.AuditTrail;

/**
 * Every storage port of the core over one store, with its unit of work: what a port contract needs, since rows of
 * one port refer to rows of others (a booking to its user, plan and mentor).
 */
public record Stores(Users users, Mentors mentors, Plans plans, Groups groups, Memberships memberships, Posts posts,
                     Comments comments, Bookings bookings, ChatThreads chatThreads, ChatMessages chatMessages,
                     NotesDocuments notes, Outbox outbox, Sessions sessions, JobLocks jobLocks,
                     UnitOfWork unitOfWork, QueuedEmails queuedEmails, EmailPreferences emailPreferences,
                     MentorRatings mentorRatings, MentorDirectory mentorDirectory, ChatReads chatReads,
                     MentorPhotos mentorPhotos, Reviews reviews, PaymentLedger paymentLedger,
                     SafetyPlans safetyPlans, ModerationCases moderationCases, Suspensions suspensions,
                     Blocks blocks, WatchedWords watchedWords, AuditTrail auditTrail) {
}

package app.bettertalk.core.privacy;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.audit.AuditEntry;
import app.bettertalk.core.audit.AuditTrail;
import app.bettertalk.core.booking.Bookings;
import app.bettertalk.core.booking.PaymentLedger;
import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.chat.ChatMessages;
import app.bettertalk.core.chat.ChatThreads;
import app.bettertalk.core.chat.Message;
import app.bettertalk.core.chat.MessageId;
import app.bettertalk.core.community.Comments;
import app.bettertalk.core.community.Posts;
import app.bettertalk.core.identity.Users;
import app.bettertalk.core.mailing.QueuedEmails;
import app.bettertalk.core.mentor.Mentors;
import app.bettertalk.core.mentor.Plans;
import app.bettertalk.core.moderation.Decision;
import app.bettertalk.core.moderation.ModerationCases;
import app.bettertalk.core.notes.NotesDocuments;
import app.bettertalk.core.notes.SessionNotes;
import app.bettertalk.core.review.Review;
import app.bettertalk.core.review.Reviews;
import app.bettertalk.core.safetyplan.SafetyPlans;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;
import app.bettertalk.core.shared.UserId;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * "Download my data": everything about one person, read in one transaction. A person exports their own; an admin
 * (the operator's {@code users export}) exports anyone's, and that read is appended to the audit trail with why.
 */
@UseCase
public final class ExportData {
    /** How many of each kind of thing an export holds at most: far more than anyone writes. */
    static final int MOST = 100_000;
    private static final int PAGE = 500;
    private static final MessageId FROM_THE_START = new MessageId(new UUID(0, 0));

    /** What an export reads from. */
    public record Sources(Users users, Posts posts, Comments comments, Bookings bookings, PaymentLedger ledger,
                          ChatThreads chatThreads, ChatMessages chatMessages, NotesDocuments notes, Reviews reviews,
                          ModerationCases moderationCases, QueuedEmails emails, SafetyPlans safetyPlans,
                          Mentors mentors, Plans plans) {
    }

    private final Sources from;
    private final AuditTrail trail;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ExportData(Sources from, AuditTrail trail, AccessPolicy access, UnitOfWork unitOfWork, Clock clock) {
        this.from = from;
        this.trail = trail;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Input of {@link ExportData}: whose data, and why when it is not the actor's own (kept in the audit trail). */
    public record Query(Actor actor, UserId person, String why) {
        public Query {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(person, "person");
            why = why == null ? "" : why.strip();
        }
    }

    public DataExport export(Query query) {
        var own = query.actor().id().equals(query.person());
        if (own) {
            access.requireOnboarded(query.actor());
        } else {
            access.requireAdmin(query.actor());
            if (query.why().isEmpty() || query.why().length() > 200) {
                throw new DomainException.Validation("why", "say why, in 1 to 200 characters: it is kept in the "
                        + "audit trail");
            }
        }
        return unitOfWork.inTransaction(() -> {
            var now = clock.instant();
            var person = from.users().byId(query.person()).orElseThrow(() -> new DomainException.NotFound("user"));
            var id = person.id();
            var mentor = from.mentors().byId(id);
            var bookings = new ArrayList<DataExport.BookingPart>();
            var reviews = new ArrayList<Review>();
            var ofBoth = new ArrayList<>(from.bookings().ofUser(id));
            if (mentor.isPresent()) {
                ofBoth.addAll(from.bookings().ofMentor(id));
            }
            for (var booking : ofBoth) {
                bookings.add(new DataExport.BookingPart(booking, from.ledger().ofBooking(booking.id()),
                        from.ledger().refundsOf(booking.id())));
                from.reviews().byBooking(booking.id()).ifPresent(reviews::add);
            }
            var chats = new ArrayList<DataExport.ChatPart>();
            var others = new HashSet<UserId>();
            for (var thread : from.chatThreads().ofParticipant(id)) {
                others.add(thread.user().equals(id) ? thread.mentor() : thread.user());
                var isMentor = thread.mentor().equals(id);
                chats.add(new DataExport.ChatPart(thread, messages(thread.id()), from.notes().of(thread.id()),
                        isMentor ? from.notes().history(thread.id(), MOST) : List.<SessionNotes>of()));
            }
            bookings.forEach(part -> {
                others.add(part.booking().user());
                others.add(part.booking().mentor());
            });
            var reports = from.moderationCases().reportsBy(id, MOST).stream()
                    .map(reported -> new DataExport.ReportPart(reported.report(),
                            reported.moderationCase().decision().map(Decision::outcome),
                            reported.moderationCase().decision().map(Decision::decidedAt)))
                    .toList();
            if (!own) {
                trail.record(new AuditEntry(UUID.randomUUID(), query.actor().id(),
                        AuditEntry.What.DATA_EXPORT, id.value(), id, query.why(), now));
            }
            return new DataExport(now, person, from.users().consentsOf(id), from.safetyPlans().of(id), mentor,
                    mentor.isPresent() ? from.plans().ofMentor(id) : List.of(), from.posts().byAuthor(id, MOST),
                    from.comments().byAuthor(id, MOST), bookings, chats, reviews, reports,
                    from.emails().toRecipient(id, MOST), names(others));
        });
    }

    private List<Message> messages(ChatId chat) {
        var all = new ArrayList<Message>();
        var after = FROM_THE_START;
        while (all.size() < MOST) {
            var page = from.chatMessages().after(chat, after, PAGE);
            all.addAll(page);
            if (page.size() < PAGE) {
                break;
            }
            after = page.getLast().id();
        }
        return all;
    }

    /** Each other person as this one sees them: a mentor by public name, anyone else by username. */
    private Map<UserId, String> names(Set<UserId> others) {
        var names = new HashMap<UserId, String>();
        for (var user : from.users().byIds(others)) {
            user.username().ifPresent(username -> names.put(user.id(), username.value()));
        }
        from.mentors().byIds(others).stream().filter(mentor -> !mentor.publicName().isBlank())
                .forEach(mentor -> names.put(mentor.id(), mentor.publicName()));
        return names;
    }
}

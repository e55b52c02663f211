package app.bettertalk.core.booking;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.chat.ChatReads;
import app.bettertalk.core.chat.ChatThreads;
import app.bettertalk.core.chat.Inbox;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.identity.Users;
import app.bettertalk.core.mentor.MentorPhotos;
import app.bettertalk.core.mentor.Mentors;
import app.bettertalk.core.mentor.Plans;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UseCase;
import app.bettertalk.core.shared.UserId;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;

/**
 * A mentor opens their dashboard: their profile, all their plans, the bookings made with them and their chats as
 * mentor. Someone who never applied is refused with {@code Forbidden("not_a_mentor")}.
 */
@UseCase
public final class ViewMentorDashboard {
    private final Mentors mentors;
    private final Plans plans;
    private final Bookings bookings;
    private final ChatThreads threads;
    private final Users users;
    private final MentorPhotos photos;
    private final Inbox inbox;
    private final AccessPolicy access;
    private final Clock clock;

    public ViewMentorDashboard(Mentors mentors, Plans plans, Bookings bookings, ChatThreads threads, Users users,
                               MentorPhotos photos, AccessPolicy access, Clock clock, ChatReads reads) {
        this.mentors = mentors;
        this.plans = plans;
        this.bookings = bookings;
        this.threads = threads;
        this.users = users;
        this.photos = photos;
        this.inbox = new Inbox(threads, reads, users, mentors);
        this.access = access;
        this.clock = clock;
    }

    /** Input of {@link ViewMentorDashboard}. */
    public record Query(Actor actor) {
        public Query {
            Objects.requireNonNull(actor, "actor");
        }
    }

    public MentorDashboard view(Query query) {
        var actor = query.actor();
        access.requireOnboarded(actor);
        var mentor = mentors.byId(actor.id()).orElseThrow(
                () -> new DomainException.Forbidden("not_a_mentor", "Apply to mentor first."));
        var names = new HashMap<UserId, String>();
        var now = clock.instant();
        var threadsOfMentor = threads.ofParticipant(mentor.id());
        var pairChats = PairChats.of(threadsOfMentor);
        var lines = bookings.ofMentor(mentor.id()).stream()
                .map(booking -> new MentorDashboard.BookingLine(booking, nameOf(booking.user(), names),
                        pairChats.stateOf(booking, now)))
                .toList();
        var chats = inbox.of(mentor.id(), now).stream()
                .filter(summary -> summary.thread().mentor().equals(mentor.id()))
                .toList();
        var photo = photos.versionsOf(List.of(mentor.id())).getOrDefault(mentor.id(), "");
        return new MentorDashboard(mentor, mentor.publicName(), plans.ofMentor(mentor.id()), lines, chats, photo);
    }

    private String nameOf(UserId person, HashMap<UserId, String> known) {
        return known.computeIfAbsent(person, id -> users.byId(id).map(User::publicName).orElse(""));
    }
}

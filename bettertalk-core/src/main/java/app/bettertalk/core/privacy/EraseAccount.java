package app.bettertalk.core.privacy;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.chat.ChatMessages;
import app.bettertalk.core.community.Comments;
import app.bettertalk.core.community.Posts;
import app.bettertalk.core.identity.Sessions;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.identity.Users;
import app.bettertalk.core.mailing.QueuedEmails;
import app.bettertalk.core.mentor.MentorPhotos;
import app.bettertalk.core.mentor.Mentors;
import app.bettertalk.core.mentor.Plans;
import app.bettertalk.core.safetyplan.SafetyPlans;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;
import app.bettertalk.core.shared.UserId;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;

/**
 * "Delete my account", in one transaction once re-confirmed: the email, Google account, names, phone, age, username,
 * bio, photo and safety plan are erased; every session ends; emails not yet sent to them are dropped; their posts and
 * comments are erased or kept under "deleted member", as they choose; in chats the other side keeps the thread, with
 * their messages removed if they ask; bookings and payments keep only ids, amounts and times, as accounting needs.
 * A person erases their own account (confirming with their username); an admin anyone's (confirming with its id).
 */
@UseCase
public final class EraseAccount {
    /** How many posts and comments one erasure goes through at most. */
    static final int MOST = 100_000;

    /** What an erasure changes. */
    public record Stores(Users users, Sessions sessions, QueuedEmails emails, Posts posts, Comments comments,
                         ChatMessages chatMessages, SafetyPlans safetyPlans, Mentors mentors, MentorPhotos photos,
                         Plans plans) {
    }

    private final Stores stores;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public EraseAccount(Stores stores, AccessPolicy access, UnitOfWork unitOfWork, Clock clock) {
        this.stores = stores;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /**
     * Input of {@link EraseAccount}. {@code confirmation} is the person's username when they erase their own account,
     * the account's id when an admin does; {@code erasePosts} erases their posts and comments instead of keeping them
     * under "deleted member"; {@code eraseMessages} removes the messages they sent in chats.
     */
    public record Command(Actor actor, UserId person, String confirmation, boolean erasePosts,
                          boolean eraseMessages) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(person, "person");
            confirmation = confirmation == null ? "" : confirmation.strip();
        }
    }

    /** What was erased. */
    public record Erased(UserId person, int posts, int comments, int messages, int sessions, int emails) {
    }

    public Erased erase(Command command) {
        var own = command.actor().id().equals(command.person());
        if (own) {
            access.requireOnboarded(command.actor());
        } else {
            access.requireAdmin(command.actor());
        }
        return unitOfWork.inTransaction(() -> {
            var now = clock.instant();
            var person = stores.users().byId(command.person())
                    .filter(found -> !found.erased())
                    .orElseThrow(() -> new DomainException.NotFound("user"));
            confirm(command, person, own);
            var posts = 0;
            var comments = 0;
            if (command.erasePosts()) {
                for (var post : stores.posts().byAuthor(person.id(), MOST)) {
                    stores.posts().erase(post.id(), now);
                    posts++;
                }
                for (var comment : stores.comments().byAuthor(person.id(), MOST)) {
                    stores.comments().erase(comment.id(), now);
                    comments++;
                }
            }
            var messages = command.eraseMessages() ? stores.chatMessages().removeAllFrom(person.id()) : 0;
            stores.safetyPlans().remove(person.id());
            stores.mentors().byId(person.id()).ifPresent(mentor -> {
                stores.mentors().update(mentor.erased(now));
                stores.photos().remove(person.id());
                stores.plans().ofMentor(person.id()).stream().filter(plan -> plan.active())
                        .forEach(plan -> stores.plans().update(plan.withActive(false, now)));
            });
            var emails = stores.emails().dropUnsentTo(person.id());
            var sessions = stores.sessions().removeAllOf(person.id());
            stores.users().update(person.erased(now));
            return new Erased(person.id(), posts, comments, messages, sessions, emails);
        });
    }

    private static void confirm(Command command, User person, boolean own) {
        var expected = own ? person.username().map(username -> username.value()).orElse("")
                : person.id().value().toString();
        if (expected.isEmpty() || !command.confirmation().toLowerCase(Locale.ROOT)
                .equals(expected.toLowerCase(Locale.ROOT))) {
            throw new DomainException.Validation("confirmation", own
                    ? "type your username, " + expected + ", to delete your account"
                    : "give the account's id again to erase it");
        }
    }
}

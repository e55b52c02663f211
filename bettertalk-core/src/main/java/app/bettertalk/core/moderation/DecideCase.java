package app.bettertalk.core.moderation;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.access.Role;
import app.bettertalk.core.chat.ChatMessages;
import app.bettertalk.core.chat.MessageId;
import app.bettertalk.core.community.CommentId;
import app.bettertalk.core.community.Comments;
import app.bettertalk.core.community.PostId;
import app.bettertalk.core.community.Posts;
import app.bettertalk.core.identity.Sessions;
import app.bettertalk.core.identity.Suspension;
import app.bettertalk.core.identity.Suspensions;
import app.bettertalk.core.identity.Users;
import app.bettertalk.core.safety.Subject;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.Text;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A moderator decides an open case. Dismissed, nothing changes, but for a post or comment held back by a watched
 * word, which goes out to everyone (dismissing is approving it); anything else keeps a held one held. Hidden, the
 * post, comment or message is shown to no one again (the case keeps its copy); warned, the author's record says
 * so; suspended for a time or banned, every session of the author ends at once and sign-in is refused while it
 * lasts. A moderator never decides a case about
 * themselves, and only an admin suspends or bans a moderator; nobody suspends or bans an admin here.
 */
@UseCase
public final class DecideCase {
    /** The shortest and longest suspension. */
    public static final Duration SHORTEST = Duration.ofHours(1);
    public static final Duration LONGEST = Duration.ofDays(365);

    private final ModerationCases cases;
    private final Posts posts;
    private final Comments comments;
    private final ChatMessages messages;
    private final Users users;
    private final Sessions sessions;
    private final Suspensions suspensions;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public DecideCase(ModerationCases cases, Posts posts, Comments comments, ChatMessages messages, Users users,
                      Sessions sessions, Suspensions suspensions, AccessPolicy access, UnitOfWork unitOfWork,
                      Clock clock) {
        this.cases = cases;
        this.posts = posts;
        this.comments = comments;
        this.messages = messages;
        this.users = users;
        this.sessions = sessions;
        this.suspensions = suspensions;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Input of {@link DecideCase}: {@code suspendFor} only, and always, for a suspension. */
    public record Command(Actor actor, CaseId caseId, Outcome outcome, String note, Optional<Duration> suspendFor) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(outcome, "outcome");
            note = Text.optional("note", note, Decision.MAX_NOTE);
            Objects.requireNonNull(suspendFor, "suspendFor");
            if (outcome == Outcome.SUSPENDED) {
                var length = suspendFor.orElseThrow(() -> new DomainException.Validation("days",
                        "a suspension needs its length"));
                if (length.compareTo(SHORTEST) < 0 || length.compareTo(LONGEST) > 0) {
                    throw new DomainException.Validation("days", "a suspension is 1 hour to 365 days");
                }
            } else if (suspendFor.isPresent()) {
                throw new DomainException.Validation("days", "only a suspension has a length");
            }
        }
    }

    /** The decided case, and whether the author's sessions were ended (their live sockets should close too). */
    public record Decided(ModerationCase moderationCase, boolean sessionsEnded) {
    }

    public Decided decide(Command command) {
        var actor = command.actor();
        access.requireModerator(actor);
        return unitOfWork.inTransaction(() -> {
            var found = cases.byId(command.caseId()).orElseThrow(() -> new DomainException.NotFound("case"));
            if (!found.open()) {
                throw new DomainException.Conflict("already_decided", "This case has already been decided.");
            }
            if (actor.is(found.author())) {
                throw new DomainException.Forbidden("own_case", "Another moderator must decide a case about you.");
            }
            var now = clock.instant();
            var until = command.suspendFor().map(now::plus);
            var decided = found.decided(new Decision(command.outcome(), actor.id(), now, command.note(), until));
            var endsSessions = command.outcome() == Outcome.SUSPENDED || command.outcome() == Outcome.BANNED;
            switch (command.outcome()) {
                case HIDDEN -> hide(found.subject(), now);
                case SUSPENDED, BANNED -> {
                    requireMayShutOut(actor, found);
                    suspensions.add(new Suspension(found.author(), now, until));
                    sessions.removeAllOf(found.author());
                }
                case DISMISSED -> {
                    if (found.held()) {
                        release(found.subject());
                    }
                }
                case WARNED -> {
                }
            }
            cases.update(decided);
            return new Decided(decided, endsSessions);
        });
    }

    private void hide(Subject subject, Instant at) {
        switch (subject.kind()) {
            case POST -> posts.hide(new PostId(subject.id()), at);
            case COMMENT -> comments.hide(new CommentId(subject.id()), at);
            case MESSAGE -> messages.hide(new MessageId(subject.id()), at);
            case PROFILE -> throw new DomainException.Validation("outcome",
                    "a profile cannot be hidden: warn, suspend or ban its owner");
        }
    }

    private void release(Subject subject) {
        switch (subject.kind()) {
            case POST -> posts.release(new PostId(subject.id()));
            case COMMENT -> comments.release(new CommentId(subject.id()));
            case MESSAGE, PROFILE -> {
                // Only posts and comments are ever held.
            }
        }
    }

    private void requireMayShutOut(Actor actor, ModerationCase found) {
        var role = users.byId(found.author()).map(user -> user.role()).orElse(Role.USER);
        if (role == Role.ADMIN) {
            throw new DomainException.Forbidden("staff_account", "An admin cannot be suspended or banned here.");
        }
        if (role == Role.MODERATOR && !actor.isAdmin()) {
            throw new DomainException.Forbidden("staff_account", "Only an admin suspends or bans a moderator.");
        }
    }
}

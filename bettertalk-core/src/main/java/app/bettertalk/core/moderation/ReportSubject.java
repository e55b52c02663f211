package app.bettertalk.core.moderation;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.chat.ChatMessages;
import app.bettertalk.core.chat.ChatThreads;
import app.bettertalk.core.chat.MessageId;
import app.bettertalk.core.community.CommentId;
import app.bettertalk.core.community.Comments;
import app.bettertalk.core.community.PostId;
import app.bettertalk.core.community.Posts;
import app.bettertalk.core.identity.Profile;
import app.bettertalk.core.identity.Users;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.safety.Subject;
import app.bettertalk.core.shared.UseCase;
import app.bettertalk.core.shared.UserId;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A member reports a post, a comment, a chat message of their own chat, or a profile. The reported thing joins its
 * open case (or opens one, with a copy of it as it is now); a report of self-harm risk makes the case a crisis. The
 * person reported never learns who reported them, and a second report of the same case by the same member is not
 * counted again.
 */
@UseCase
public final class ReportSubject {
    private final Posts posts;
    private final Comments comments;
    private final ChatMessages messages;
    private final ChatThreads threads;
    private final Users users;
    private final ModerationCases cases;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ReportSubject(Posts posts, Comments comments, ChatMessages messages, ChatThreads threads, Users users,
                         ModerationCases cases, AccessPolicy access, UnitOfWork unitOfWork, Clock clock) {
        this.posts = posts;
        this.comments = comments;
        this.messages = messages;
        this.threads = threads;
        this.users = users;
        this.cases = cases;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Input of {@link ReportSubject}: {@code details} in the reporter's own words, optional. */
    public record Command(Actor actor, Subject subject, ReportReason reason, String details) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(reason, "reason");
            details = app.bettertalk.core.shared.Text.optional("details", details, Report.MAX_DETAILS);
        }
    }

    /** The case the report is in, and whether this call counted it (false: the member had reported it already). */
    public record Receipt(CaseId caseId, boolean counted) {
    }

    public Receipt report(Command command) {
        var actor = command.actor();
        access.requireOnboarded(actor);
        return unitOfWork.inTransaction(() -> {
            var now = clock.instant();
            var found = find(actor, command.subject());
            if (actor.is(found.author())) {
                throw new DomainException.Forbidden("own_content", "You cannot report yourself or what you wrote.");
            }
            var crisis = command.reason() == ReportReason.SELF_HARM;
            var opened = cases.openFor(new ModerationCase(CaseId.random(), command.subject(), found.author(),
                    found.copy(), found.place(), crisis, false, now, Optional.empty()));
            if (crisis && !opened.crisis()) {
                opened = opened.asCrisis();
                cases.update(opened);
            }
            var counted = cases.addReport(new Report(UUID.randomUUID(), opened.id(), Optional.of(actor.id()),
                    command.reason(), command.details(), now));
            return new Receipt(opened.id(), counted);
        });
    }

    /** What is reported, as the reporter may see it; anything they may not see is not found, as if it did not exist. */
    private Found find(Actor actor, Subject subject) {
        return switch (subject.kind()) {
            case POST -> posts.byId(new PostId(subject.id()))
                    .map(post -> new Found(post.author(), post.content(), Optional.of(post.group().value())))
                    .orElseThrow(() -> new DomainException.NotFound("post"));
            case COMMENT -> comments.byId(new CommentId(subject.id())).flatMap(comment -> posts.byId(comment.post())
                            .map(post -> new Found(comment.author(), comment.content(),
                                    Optional.of(post.group().value()))))
                    .orElseThrow(() -> new DomainException.NotFound("comment"));
            case MESSAGE -> {
                var message = messages.byId(new MessageId(subject.id()))
                        .orElseThrow(() -> new DomainException.NotFound("message"));
                var thread = threads.byId(message.chat()).orElseThrow(() -> new DomainException.NotFound("message"));
                access.requireParticipant(actor, thread, "message");
                yield new Found(message.sender(), message.text(), Optional.of(message.chat().value()));
            }
            case PROFILE -> users.byId(new UserId(subject.id())).filter(user -> user.onboarded())
                    .map(user -> new Found(user.id(), profileCopy(user.profile().orElseThrow()), Optional.empty()))
                    .orElseThrow(() -> new DomainException.NotFound("profile"));
        };
    }

    private static String profileCopy(Profile profile) {
        var name = profile.displayName().isEmpty() ? profile.username().value()
                : profile.displayName() + " (" + profile.username().value() + ")";
        return profile.bio().isEmpty() ? name : name + "\n\n" + profile.bio();
    }

    private record Found(UserId author, String copy, Optional<UUID> place) {
    }
}

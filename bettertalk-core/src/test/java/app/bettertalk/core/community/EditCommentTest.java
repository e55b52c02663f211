package app.bettertalk.core.community;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.admin.ChangeModeratorRole;
import app.bettertalk.core.moderation.ViewModerationQueue;
import app.bettertalk.core.safety.Subject;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class EditCommentTest {
    private static final String AT_RISK = "honestly i want to kill myself";

    private final World world = new World();
    private final Group anxiety =
            world.createGroup.create(new CreateGroup.Command(Actor.operator(), "Anxiety", ""));
    private final Actor asha = member("asha");
    private final Actor ravi = member("ravi");
    private final Post post = world.writePost.write(new WritePost.Command(asha, anxiety.id(), "Bad day today."));
    private final Comment comment =
            world.writeComment.write(new WriteComment.Command(ravi, post.id(), "Sending strength."));

    private Actor member(String username) {
        var person = world.onboardedUser(username);
        world.joinGroup.join(new JoinGroup.Command(person, anxiety.id()));
        return person;
    }

    private Comment edit(Actor actor, String content) {
        world.clock.advance(Duration.ofMinutes(5));
        return world.editComment.edit(new EditComment.Command(actor, comment.id(), content));
    }

    private Comment shown() {
        return world.viewPost.view(new ViewPost.Query(asha, post.id())).comments().getFirst().comment();
    }

    @Test
    void the_author_changes_the_text_and_readers_see_it_marked_edited_when_it_was() {
        var edited = edit(ravi, "  Sending strength, always.  ");

        var seen = world.viewGroup.view(new ViewGroup.Query(asha, anxiety.id(), 10)).posts().getFirst()
                .comments().getFirst().comment();
        assertThat(seen).isEqualTo(edited).isEqualTo(shown());
        assertThat(seen.content()).isEqualTo("Sending strength, always.");
        assertThat(seen.editedAt()).contains(world.now());
        assertThat(seen.createdAt()).isEqualTo(comment.createdAt());
    }

    @Test
    void a_comment_never_edited_has_no_edited_time() {
        assertThat(shown().editedAt()).isEmpty();
    }

    @Test
    void the_author_of_the_post_is_told_the_comment_is_not_theirs_and_nothing_changes() {
        var refusal = catchThrowable(() -> edit(asha, "Not mine to change."));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("not_author"));
        assertThat(shown()).isEqualTo(comment);
    }

    @Test
    void a_moderator_does_not_edit_someone_elses_comment() {
        var mod = world.onboardedUser("mod_k");
        world.changeModeratorRole.change(new ChangeModeratorRole.Command(Actor.operator(), mod.id(), true));

        var refusal = catchThrowable(() -> edit(world.identifyActor.identify(mod.id()), "Moderated."));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("not_author"));
    }

    @Test
    void a_deleted_or_unknown_comment_is_not_found() {
        world.deleteComment.delete(new DeleteComment.Command(ravi, comment.id()));

        assertThat(catchThrowable(() -> edit(ravi, "Back again."))).isInstanceOf(DomainException.NotFound.class);
        assertThat(catchThrowable(() -> world.editComment.edit(new EditComment.Command(ravi, CommentId.random(),
                "Hi")))).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void blank_or_too_long_text_is_refused_and_nothing_changes() {
        for (var content : new String[] {"", "c".repeat(Comment.MAX_LENGTH + 1)}) {
            var refusal = catchThrowable(() -> edit(ravi, content));

            assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                    validation -> assertThat(validation.field()).isEqualTo("content"));
        }
        assertThat(shown()).isEqualTo(comment);
    }

    @Test
    void contact_details_in_an_edit_are_hidden_before_it_is_stored() {
        var edited = edit(ravi, "Mail me at ravi.k@gmail.com or call 98765 40001");

        assertThat(edited.content()).doesNotContain("98765").doesNotContain("gmail").contains("[phone hidden]")
                .contains("[email hidden]");
        assertThat(shown().content()).isEqualTo(edited.content());
    }

    @Test
    void an_edit_the_screen_flags_is_held_until_its_writer_chooses_to_save_it_then_it_is_a_crisis_case() {
        var mod = world.onboardedUser("mod_k");
        world.changeModeratorRole.change(new ChangeModeratorRole.Command(Actor.operator(), mod.id(), true));
        var moderator = world.identifyActor.identify(mod.id());

        assertThat(catchThrowable(() -> edit(ravi, AT_RISK))).isInstanceOf(DomainException.HelpOffered.class);
        assertThat(shown()).isEqualTo(comment);
        assertThat(world.viewModerationQueue.view(new ViewModerationQueue.Query(moderator, 10))).isEmpty();

        var edited = world.editComment.edit(new EditComment.Command(ravi, comment.id(), AT_RISK, true));

        assertThat(shown()).isEqualTo(edited);
        assertThat(world.viewModerationQueue.view(new ViewModerationQueue.Query(moderator, 10))).singleElement()
                .satisfies(item -> {
                    assertThat(item.moderationCase().crisis()).isTrue();
                    assertThat(item.moderationCase().subject()).isEqualTo(new Subject(Subject.Kind.COMMENT,
                            comment.id().value()));
                    assertThat(item.moderationCase().place()).contains(anxiety.id().value());
                });
    }
}

package app.bettertalk.core.community;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.admin.ChangeModeratorRole;
import app.bettertalk.core.moderation.DecideCase;
import app.bettertalk.core.moderation.Outcome;
import app.bettertalk.core.moderation.ReportReason;
import app.bettertalk.core.moderation.ReportSubject;
import app.bettertalk.core.moderation.ViewModerationQueue;
import app.bettertalk.core.safety.Subject;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class EditPostTest {
    private static final String AT_RISK = "I don't see the point anymore, I want to die";

    private final World world = new World();
    private final Group anxiety =
            world.createGroup.create(new CreateGroup.Command(Actor.operator(), "Anxiety", ""));
    private final Actor asha = member("asha");
    private final Post post = world.writePost.write(new WritePost.Command(asha, anxiety.id(), "Bad day today."));

    private Actor member(String username) {
        var person = world.onboardedUser(username);
        world.joinGroup.join(new JoinGroup.Command(person, anxiety.id()));
        return person;
    }

    private Post edit(Actor actor, String content) {
        world.clock.advance(Duration.ofMinutes(5));
        return world.editPost.edit(new EditPost.Command(actor, post.id(), content));
    }

    private Post shown() {
        return world.viewGroup.view(new ViewGroup.Query(asha, anxiety.id(), 10)).posts().getFirst().post();
    }

    private Actor moderator(String username) {
        var person = world.onboardedUser(username);
        world.changeModeratorRole.change(new ChangeModeratorRole.Command(Actor.operator(), person.id(), true));
        return world.identifyActor.identify(person.id());
    }

    @Test
    void the_author_changes_the_text_and_readers_see_it_marked_edited_when_it_was() {
        var edited = edit(asha, "  Better day today.  ");

        var seen = world.viewGroup.view(new ViewGroup.Query(member("ravi"), anxiety.id(), 10)).posts().getFirst()
                .post();
        assertThat(seen).isEqualTo(edited);
        assertThat(seen.content()).isEqualTo("Better day today.");
        assertThat(seen.editedAt()).contains(world.now());
        assertThat(seen.createdAt()).isEqualTo(post.createdAt()).isBefore(world.now());
        assertThat(seen.id()).isEqualTo(post.id());
    }

    @Test
    void a_post_never_edited_has_no_edited_time() {
        assertThat(shown().editedAt()).isEmpty();
    }

    @Test
    void someone_else_who_can_read_the_post_is_told_it_is_not_theirs_and_nothing_changes() {
        var ravi = member("ravi");

        var refusal = catchThrowable(() -> edit(ravi, "Not mine to change."));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("not_author"));
        assertThat(shown()).isEqualTo(post);
    }

    @Test
    void neither_an_admin_nor_a_moderator_edits_someone_elses_post() {
        for (var other : new Actor[] {world.admin("meera"), moderator("mod_k")}) {
            var refusal = catchThrowable(() -> edit(other, "Moderated."));

            assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                    forbidden -> assertThat(forbidden.reason()).isEqualTo("not_author"));
        }
        assertThat(shown()).isEqualTo(post);
    }

    @Test
    void a_person_who_has_not_onboarded_cannot_edit() {
        var refusal = catchThrowable(() -> edit(world.newcomer("ravi"), "Hello?"));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("onboarding_required"));
    }

    @Test
    void an_unknown_post_is_not_found() {
        var refusal = catchThrowable(() -> world.editPost.edit(new EditPost.Command(asha, PostId.random(), "Hi")));

        assertThat(refusal).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void a_deleted_post_is_not_found_even_by_its_author() {
        world.deletePost.delete(new DeletePost.Command(asha, post.id()));

        var refusal = catchThrowable(() -> edit(asha, "Back again."));

        assertThat(refusal).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void a_post_a_moderator_hid_is_not_found_by_its_author_or_anyone_else() {
        var mod = moderator("mod_k");
        var caseId = world.reportSubject.report(new ReportSubject.Command(member("ravi"),
                new Subject(Subject.Kind.POST, post.id().value()), ReportReason.SPAM, "")).caseId();
        world.decideCase.decide(new DecideCase.Command(mod, caseId, Outcome.HIDDEN, "Spam", Optional.empty()));

        assertThat(catchThrowable(() -> edit(asha, "Back again."))).isInstanceOf(DomainException.NotFound.class);
        assertThat(catchThrowable(() -> edit(mod, "Back again."))).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void the_author_may_still_edit_after_leaving_the_group() {
        world.leaveGroup.leave(new LeaveGroup.Command(asha, anxiety.id()));

        var edited = edit(asha, "Fixed a typo.");

        assertThat(shown()).isEqualTo(edited);
    }

    @Test
    void blank_or_too_long_text_is_refused_and_nothing_changes() {
        for (var content : new String[] {"  ", "p".repeat(Post.MAX_LENGTH + 1)}) {
            var refusal = catchThrowable(() -> edit(asha, content));

            assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                    validation -> assertThat(validation.field()).isEqualTo("content"));
        }
        assertThat(shown()).isEqualTo(post);
    }

    @Test
    void contact_details_in_an_edit_are_hidden_before_it_is_stored() {
        var edited = edit(asha, "Call me on 98765 40001 or mail asha.k@gmail.com");

        assertThat(edited.content()).doesNotContain("98765").doesNotContain("gmail").contains("[phone hidden]")
                .contains("[email hidden]");
        assertThat(shown().content()).isEqualTo(edited.content());
    }

    @Test
    void an_edit_the_screen_flags_is_held_until_its_writer_chooses_to_save_it_then_it_is_a_crisis_case() {
        var mod = moderator("mod_k");

        var held = catchThrowable(() -> edit(asha, AT_RISK));

        assertThat(held).isInstanceOf(DomainException.HelpOffered.class);
        assertThat(shown()).isEqualTo(post);
        assertThat(world.viewModerationQueue.view(new ViewModerationQueue.Query(mod, 10))).isEmpty();

        var edited = world.editPost.edit(new EditPost.Command(asha, post.id(), AT_RISK, true));

        assertThat(shown()).isEqualTo(edited);
        assertThat(world.viewModerationQueue.view(new ViewModerationQueue.Query(mod, 10))).singleElement()
                .satisfies(item -> {
                    assertThat(item.moderationCase().crisis()).isTrue();
                    assertThat(item.moderationCase().subject()).isEqualTo(new Subject(Subject.Kind.POST,
                            post.id().value()));
                    assertThat(item.moderationCase().copy()).isEqualTo(AT_RISK);
                    assertThat(item.moderationCase().place()).contains(anxiety.id().value());
                    assertThat(item.screened()).isTrue();
                });
    }

    @Test
    void an_ordinary_edit_raises_nothing() {
        var mod = moderator("mod_k");

        edit(asha, "This exam is killing me, I would never give up");

        assertThat(world.viewModerationQueue.view(new ViewModerationQueue.Query(mod, 10))).isEmpty();
    }
}

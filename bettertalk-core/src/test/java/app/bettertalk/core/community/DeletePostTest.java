package app.bettertalk.core.community;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.moderation.ReportReason;
import app.bettertalk.core.moderation.ReportSubject;
import app.bettertalk.core.safety.Subject;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class DeletePostTest {
    private final World world = new World();
    private final Group anxiety =
            world.createGroup.create(new CreateGroup.Command(Actor.operator(), "Anxiety", ""));
    private final Actor asha = member("asha");
    private final Actor ravi = member("ravi");
    private final Post kept = world.writePost.write(new WritePost.Command(asha, anxiety.id(), "Still here."));
    private final Post post = world.writePost.write(new WritePost.Command(asha, anxiety.id(), "Bad day today."));

    private Actor member(String username) {
        var person = world.onboardedUser(username);
        world.joinGroup.join(new JoinGroup.Command(person, anxiety.id()));
        return person;
    }

    private void delete(Actor actor, PostId which) {
        world.deletePost.delete(new DeletePost.Command(actor, which));
    }

    private List<Post> shownTo(Actor reader) {
        return world.viewGroup.view(new ViewGroup.Query(reader, anxiety.id(), 10)).posts().stream()
                .map(GroupPage.Thread::post).toList();
    }

    @Test
    void the_author_deletes_their_post_and_nobody_is_shown_it_again() {
        delete(asha, post.id());

        assertThat(shownTo(asha)).containsExactly(kept);
        assertThat(shownTo(ravi)).containsExactly(kept);
        assertThat(catchThrowable(() -> world.viewPost.view(new ViewPost.Query(ravi, post.id()))))
                .isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void the_comments_of_a_deleted_post_are_not_shown_either() {
        var reply = world.writeComment.write(new WriteComment.Command(ravi, post.id(), "Sending strength."));
        world.writeComment.write(new WriteComment.Command(ravi, kept.id(), "Glad you are."));

        delete(asha, post.id());

        var threads = world.viewGroup.view(new ViewGroup.Query(ravi, anxiety.id(), 10)).posts();
        assertThat(threads).singleElement().satisfies(thread -> assertThat(thread.comments())
                .extracting(shown -> shown.comment().content()).containsExactly("Glad you are."));
        assertThat(catchThrowable(() -> world.editComment.edit(new EditComment.Command(ravi, reply.id(), "Edit"))))
                .isInstanceOf(DomainException.NotFound.class);
        assertThat(catchThrowable(() -> world.deleteComment.delete(new DeleteComment.Command(ravi, reply.id()))))
                .isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void nobody_comments_on_or_reports_a_deleted_post() {
        delete(asha, post.id());

        assertThat(catchThrowable(() -> world.writeComment.write(new WriteComment.Command(ravi, post.id(), "Hi"))))
                .isInstanceOf(DomainException.NotFound.class);
        assertThat(catchThrowable(() -> world.reportSubject.report(new ReportSubject.Command(ravi,
                new Subject(Subject.Kind.POST, post.id().value()), ReportReason.SPAM, ""))))
                .isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void a_reported_post_its_writer_deleted_still_shows_in_its_case_as_it_was_reported() {
        var caseId = world.reportSubject.report(new ReportSubject.Command(ravi,
                new Subject(Subject.Kind.POST, post.id().value()), ReportReason.SPAM, "")).caseId();

        delete(asha, post.id());

        assertThat(world.moderationCases.byId(caseId)).hasValueSatisfying(opened ->
                assertThat(opened.copy()).isEqualTo("Bad day today."));
    }

    @Test
    void someone_else_who_can_read_the_post_is_told_it_is_not_theirs_and_it_stays() {
        var refusal = catchThrowable(() -> delete(ravi, post.id()));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("not_author"));
        assertThat(shownTo(ravi)).containsExactly(post, kept);
    }

    @Test
    void an_admin_does_not_delete_someone_elses_post() {
        var refusal = catchThrowable(() -> delete(world.admin("meera"), post.id()));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("not_author"));
    }

    @Test
    void a_person_who_has_not_onboarded_cannot_delete() {
        var refusal = catchThrowable(() -> delete(world.newcomer("nina"), post.id()));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("onboarding_required"));
    }

    @Test
    void deleting_it_again_or_deleting_an_unknown_post_is_not_found() {
        delete(asha, post.id());

        assertThat(catchThrowable(() -> delete(asha, post.id()))).isInstanceOf(DomainException.NotFound.class);
        assertThat(catchThrowable(() -> delete(asha, PostId.random()))).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void to_anyone_else_a_deleted_post_is_not_found_rather_than_not_theirs() {
        delete(asha, post.id());

        assertThat(catchThrowable(() -> delete(ravi, post.id()))).isInstanceOf(DomainException.NotFound.class);
    }
}

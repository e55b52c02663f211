package app.bettertalk.core.community;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class DeleteCommentTest {
    private final World world = new World();
    private final Group anxiety =
            world.createGroup.create(new CreateGroup.Command(Actor.operator(), "Anxiety", ""));
    private final Actor asha = member("asha");
    private final Actor ravi = member("ravi");
    private final Post post = world.writePost.write(new WritePost.Command(asha, anxiety.id(), "Bad day today."));
    private final Comment comment =
            world.writeComment.write(new WriteComment.Command(ravi, post.id(), "Sending strength."));
    private final Comment other = world.writeComment.write(new WriteComment.Command(asha, post.id(), "Thank you."));

    private Actor member(String username) {
        var person = world.onboardedUser(username);
        world.joinGroup.join(new JoinGroup.Command(person, anxiety.id()));
        return person;
    }

    private void delete(Actor actor, CommentId which) {
        world.deleteComment.delete(new DeleteComment.Command(actor, which));
    }

    private List<Comment> shownTo(Actor reader) {
        return world.viewPost.view(new ViewPost.Query(reader, post.id())).comments().stream()
                .map(GroupPage.Reply::comment).toList();
    }

    @Test
    void the_author_deletes_their_comment_and_nobody_is_shown_it_again() {
        delete(ravi, comment.id());

        assertThat(shownTo(asha)).containsExactly(other);
        assertThat(world.viewGroup.view(new ViewGroup.Query(ravi, anxiety.id(), 10)).posts().getFirst().comments())
                .extracting(GroupPage.Reply::comment).containsExactly(other);
    }

    @Test
    void the_author_of_the_post_is_told_the_comment_is_not_theirs_and_it_stays() {
        var refusal = catchThrowable(() -> delete(asha, comment.id()));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("not_author"));
        assertThat(shownTo(asha)).containsExactly(comment, other);
    }

    @Test
    void an_admin_does_not_delete_someone_elses_comment() {
        var refusal = catchThrowable(() -> delete(world.admin("meera"), comment.id()));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("not_author"));
    }

    @Test
    void deleting_it_again_or_deleting_an_unknown_comment_is_not_found() {
        delete(ravi, comment.id());

        assertThat(catchThrowable(() -> delete(ravi, comment.id()))).isInstanceOf(DomainException.NotFound.class);
        assertThat(catchThrowable(() -> delete(ravi, CommentId.random())))
                .isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void the_author_may_still_delete_after_leaving_the_group() {
        world.leaveGroup.leave(new LeaveGroup.Command(ravi, anxiety.id()));

        delete(ravi, comment.id());

        assertThat(shownTo(asha)).containsExactly(other);
    }
}

package app.bettertalk.core.community;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ViewOwnCommentTest {
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

    private ViewOwnComment.Own view(Actor actor) {
        return world.viewOwnComment.view(new ViewOwnComment.Query(actor, comment.id()));
    }

    @Test
    void the_author_opens_their_comment_with_the_group_it_is_in() {
        var own = view(ravi);

        assertThat(own.comment()).isEqualTo(comment);
        assertThat(own.group()).isEqualTo(anxiety.id());
    }

    @Test
    void anyone_else_even_the_author_of_the_post_is_told_it_is_not_theirs() {
        var refusal = catchThrowable(() -> view(asha));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("not_author"));
    }

    @Test
    void a_comment_on_a_deleted_post_is_not_found_even_by_its_author() {
        world.deletePost.delete(new DeletePost.Command(asha, post.id()));

        assertThat(catchThrowable(() -> view(ravi))).isInstanceOf(DomainException.NotFound.class);
    }
}

package app.bettertalk.core.community;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ViewOwnPostTest {
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

    private Post view(Actor actor) {
        return world.viewOwnPost.view(new ViewOwnPost.Query(actor, post.id()));
    }

    @Test
    void the_author_opens_their_post_as_it_is_stored() {
        assertThat(view(asha)).isEqualTo(post);
    }

    @Test
    void anyone_else_is_told_it_is_not_theirs() {
        var refusal = catchThrowable(() -> view(member("ravi")));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("not_author"));
    }

    @Test
    void a_deleted_post_is_not_found_even_by_its_author() {
        world.deletePost.delete(new DeletePost.Command(asha, post.id()));

        assertThat(catchThrowable(() -> view(asha))).isInstanceOf(DomainException.NotFound.class);
    }
}

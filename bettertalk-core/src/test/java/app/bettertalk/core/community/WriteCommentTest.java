package app.bettertalk.core.community;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class WriteCommentTest {
    private final World world = new World();
    private final Group anxiety =
            world.createGroup.create(new CreateGroup.Command(Actor.operator(), "Anxiety", ""));
    private final Actor asha = member("asha", anxiety);
    private final Post post = world.writePost.write(new WritePost.Command(asha, anxiety.id(), "Bad day today."));

    private Actor member(String username, Group group) {
        var person = world.onboardedUser(username);
        world.joinGroup.join(new JoinGroup.Command(person, group.id()));
        return person;
    }

    private Comment write(Actor actor, PostId on, String content) {
        return world.writeComment.write(new WriteComment.Command(actor, on, content));
    }

    private List<Comment> comments() {
        return world.comments.onPosts(List.of(post.id()));
    }

    @Test
    void a_member_comments_on_a_post_in_their_group() {
        var ravi = member("ravi", anxiety);

        var comment = write(ravi, post.id(), "  Sending strength.  ");

        assertThat(comments()).singleElement().satisfies(stored -> {
            assertThat(stored.id()).isEqualTo(comment.id());
            assertThat(stored.content()).isEqualTo("Sending strength.");
            assertThat(stored.author()).isEqualTo(ravi.id());
            assertThat(stored.post()).isEqualTo(post.id());
            assertThat(stored.createdAt()).isEqualTo(world.now());
        });
    }

    @Test
    void the_author_of_the_post_may_reply_to_it() {
        var comment = write(asha, post.id(), "Thank you all.");

        assertThat(comments()).containsExactly(comment);
    }

    @Test
    void a_person_who_is_not_a_member_cannot_comment() {
        var ravi = world.onboardedUser("ravi");

        var refusal = catchThrowable(() -> write(ravi, post.id(), "Hello?"));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("not_a_member"));
        assertThat(comments()).isEmpty();
    }

    @Test
    void a_member_of_another_group_cannot_comment_here() {
        var grief = world.createGroup.create(new CreateGroup.Command(Actor.operator(), "Grief", ""));
        var ravi = member("ravi", grief);

        var refusal = catchThrowable(() -> write(ravi, post.id(), "Hello?"));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("not_a_member"));
        assertThat(comments()).isEmpty();
    }

    @Test
    void the_author_who_left_the_group_can_no_longer_comment() {
        world.leaveGroup.leave(new LeaveGroup.Command(asha, anxiety.id()));

        var refusal = catchThrowable(() -> write(asha, post.id(), "One more thing."));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("not_a_member"));
    }

    @Test
    void a_person_who_has_not_onboarded_cannot_comment() {
        var newcomer = world.newcomer("ravi");

        var refusal = catchThrowable(() -> write(newcomer, post.id(), "Hello?"));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("onboarding_required"));
    }

    @Test
    void commenting_on_an_unknown_post_is_not_found() {
        var refusal = catchThrowable(() -> write(asha, PostId.random(), "Hello?"));

        assertThat(refusal).isInstanceOf(DomainException.NotFound.class);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\n"})
    void blank_content_is_refused(String content) {
        var refusal = catchThrowable(() -> write(asha, post.id(), content));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("content"));
        assertThat(comments()).isEmpty();
    }

    @Test
    void two_thousand_characters_are_accepted() {
        var comment = write(asha, post.id(), "c".repeat(2_000));

        assertThat(comment.content()).hasSize(2_000);
    }

    @Test
    void two_thousand_and_one_characters_are_refused() {
        var refusal = catchThrowable(() -> write(asha, post.id(), "c".repeat(2_001)));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo("content"));
        assertThat(comments()).isEmpty();
    }
}

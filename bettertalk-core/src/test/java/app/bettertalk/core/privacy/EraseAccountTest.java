package app.bettertalk.core.privacy;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.booking.Confirmation;
import app.bettertalk.core.chat.ReadChat;
import app.bettertalk.core.chat.SendMessage;
import app.bettertalk.core.community.CreateGroup;
import app.bettertalk.core.community.Group;
import app.bettertalk.core.community.JoinGroup;
import app.bettertalk.core.community.Post;
import app.bettertalk.core.community.ViewGroup;
import app.bettertalk.core.community.WriteComment;
import app.bettertalk.core.community.WritePost;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.safetyplan.SafetyPlan;
import app.bettertalk.core.safetyplan.SaveSafetyPlan;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EraseAccountTest {
    private final World world = new World();
    private final Actor asha = world.onboardedUser("asha_k");
    private final Actor ravi = world.verifiedMentor("ravi_k");
    private Group group;
    private Post post;
    private Confirmation booked;

    @BeforeEach
    void ashaWroteEverywhere() {
        group = world.createGroup.create(new CreateGroup.Command(Actor.operator(), "Anxiety", ""));
        world.joinGroup.join(new JoinGroup.Command(asha, group.id()));
        world.joinGroup.join(new JoinGroup.Command(ravi, group.id()));
        post = world.writePost.write(new WritePost.Command(asha, group.id(), "Mornings are the worst", false));
        world.writeComment.write(new WriteComment.Command(ravi, post.id(), "They get easier", false));
        world.writeComment.write(new WriteComment.Command(asha, post.id(), "Thank you", false));
        booked = world.confirmedBooking(asha, world.plan(ravi, 7));
        world.sendMessage.send(new SendMessage.Command(asha, booked.chat().id(), "c1", "I could not sleep"));
        world.sendMessage.send(new SendMessage.Command(ravi, booked.chat().id(), "m1", "Tell me about it"));
        world.saveSafetyPlan.save(new SaveSafetyPlan.Command(asha, asha.id(), new SafetyPlan.Sections(
                "Not eating", "", "", "", "")));
    }

    private EraseAccount.Erased erase(Actor actor, String confirmation, boolean posts, boolean messages) {
        return world.eraseAccount.erase(new EraseAccount.Command(actor, asha.id(), confirmation, posts, messages));
    }

    @Test
    void a_wrong_confirmation_erases_nothing_and_says_what_to_type() {
        assertThatThrownBy(() -> erase(asha, "asha", true, true))
                .isInstanceOfSatisfying(DomainException.Validation.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("confirmation");
                    assertThat(refusal.rule()).isEqualTo("type your username, asha_k, to delete your account");
                });

        assertThat(world.users.byId(asha.id()).orElseThrow().erased()).isFalse();
        assertThat(world.safetyPlans.of(asha.id())).isPresent();
    }

    @Test
    void erasing_keeps_posts_and_messages_under_deleted_member_when_asked_to_keep_them() {
        var erased = erase(asha, "ASHA_K", false, false);

        var stored = world.users.byId(asha.id()).orElseThrow();
        assertThat(stored.erased()).isTrue();
        assertThat(stored.profile()).isEmpty();
        assertThat(stored.email().value()).isEqualTo(asha.id().value() + "@erased.invalid");
        assertThat(stored.googleName()).isEmpty();
        assertThat(stored.publicName()).isEqualTo(User.DELETED_MEMBER);
        assertThat(world.safetyPlans.of(asha.id())).isEmpty();
        assertThat(erased.posts()).isZero();
        assertThat(erased.messages()).isZero();
        var page = world.viewGroup.view(new ViewGroup.Query(ravi, group.id(), 10));
        assertThat(page.posts()).singleElement().satisfies(thread -> {
            assertThat(thread.post().content()).isEqualTo("Mornings are the worst");
            assertThat(thread.author().username()).isEqualTo(User.DELETED_MEMBER);
        });
        var chat = world.readChat.read(new ReadChat.Query(ravi, booked.chat().id(), new ReadChat.Page.Latest(10)));
        assertThat(chat.counterpart().name()).isEqualTo(User.DELETED_MEMBER);
        assertThat(chat.messages()).hasSize(2);
    }

    @Test
    void erasing_posts_and_messages_when_asked_leaves_the_mentor_the_thread_and_their_own_words() {
        var erased = erase(asha, "asha_k", true, true);

        assertThat(erased.posts()).isEqualTo(1);
        assertThat(erased.comments()).isEqualTo(1);
        assertThat(erased.messages()).isEqualTo(1);
        assertThat(world.viewGroup.view(new ViewGroup.Query(ravi, group.id(), 10)).posts()).isEmpty();
        assertThat(world.posts.byId(post.id())).isEmpty();
        assertThat(world.posts.byAuthor(asha.id(), 10)).isEmpty();
        var chat = world.readChat.read(new ReadChat.Query(ravi, booked.chat().id(), new ReadChat.Page.Latest(10)));
        assertThat(chat.messages()).extracting(message -> message.text()).containsExactly("Tell me about it");
        assertThat(world.stores.queuedEmails().toRecipient(asha.id(), 100))
                .noneMatch(email -> email.status() == app.bettertalk.core.mailing.EmailStatus.QUEUED);
        assertThat(world.stores.queuedEmails().toRecipient(ravi.id(), 100)).isNotEmpty();
    }

    @Test
    void an_admin_erases_anyone_with_the_account_s_id_and_an_erased_account_cannot_be_erased_again() {
        var meera = world.onboardedUser("meera_k");

        assertThatThrownBy(() -> world.eraseAccount.erase(new EraseAccount.Command(meera, asha.id(),
                asha.id().value().toString(), false, false))).isInstanceOf(DomainException.Forbidden.class);
        assertThatThrownBy(() -> erase(Actor.operator(), "asha_k", false, false))
                .isInstanceOf(DomainException.Validation.class);
        erase(Actor.operator(), asha.id().value().toString(), false, false);

        assertThat(world.users.byId(asha.id()).orElseThrow().erased()).isTrue();
        assertThatThrownBy(() -> erase(Actor.operator(), asha.id().value().toString(), false, false))
                .isInstanceOf(DomainException.NotFound.class);
    }
}

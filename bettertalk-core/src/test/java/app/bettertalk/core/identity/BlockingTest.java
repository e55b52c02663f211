package app.bettertalk.core.identity;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.chat.CountUnread;
import app.bettertalk.core.chat.ReadChat;
import app.bettertalk.core.chat.SendMessage;
import app.bettertalk.core.community.CreateGroup;
import app.bettertalk.core.community.JoinGroup;
import app.bettertalk.core.community.ViewGroup;
import app.bettertalk.core.community.ViewPost;
import app.bettertalk.core.community.WriteComment;
import app.bettertalk.core.community.WritePost;
import app.bettertalk.core.notification.Email;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BlockingTest {
    private final World world = new World();
    private final Actor asha = world.onboardedUser("asha_k");
    private final Actor ravi = world.onboardedUser("ravi_k");
    private final Actor meera = world.onboardedUser("meera_k");

    private void block(Actor blocker, Actor blocked) {
        world.changeBlock.change(new ChangeBlock.Command(blocker, blocked.id(), true));
    }

    @Test
    void the_blocked_persons_posts_and_comments_are_hidden_from_the_blocker_only() {
        var group = world.createGroup.create(new CreateGroup.Command(Actor.operator(), "Anxiety", ""));
        for (var member : new Actor[] {asha, ravi, meera}) {
            world.joinGroup.join(new JoinGroup.Command(member, group.id()));
        }
        var byRavi = world.writePost.write(new WritePost.Command(ravi, group.id(), "Ravi's post"));
        var byMeera = world.writePost.write(new WritePost.Command(meera, group.id(), "Meera's post"));
        world.writeComment.write(new WriteComment.Command(ravi, byMeera.id(), "Ravi's reply"));
        world.writeComment.write(new WriteComment.Command(asha, byMeera.id(), "Asha's reply"));

        block(asha, ravi);

        var seenByAsha = world.viewGroup.view(new ViewGroup.Query(asha, group.id(), 10));
        assertThat(seenByAsha.posts()).extracting(thread -> thread.post().content()).containsExactly("Meera's post");
        assertThat(seenByAsha.posts().getFirst().comments()).extracting(reply -> reply.comment().content())
                .containsExactly("Asha's reply");
        assertThatThrownBy(() -> world.viewPost.view(new ViewPost.Query(asha, byRavi.id())))
                .isInstanceOf(DomainException.NotFound.class);
        assertThat(world.viewGroup.view(new ViewGroup.Query(meera, group.id(), 10)).posts()).hasSize(2);
        // Blocking is silent: the blocked person still sees everything as before.
        assertThat(world.viewGroup.view(new ViewGroup.Query(ravi, group.id(), 10)).posts()).hasSize(2);

        world.changeBlock.change(new ChangeBlock.Command(asha, ravi.id(), false));

        assertThat(world.viewGroup.view(new ViewGroup.Query(asha, group.id(), 10)).posts()).hasSize(2);
    }

    @Test
    void in_a_chat_the_blocked_persons_messages_seem_sent_to_them_and_reach_no_one_and_email_no_one() {
        var mentor = world.verifiedMentor("listener_k");
        var chat = world.confirmedBooking(asha, world.plan(mentor, 7)).chat().id();
        block(asha, mentor);
        var emailsBefore = world.outbox.emails().size();

        var sent = world.sendMessage.send(new SendMessage.Command(mentor, chat, "m1", "Hello, are you there?"));

        assertThat(sent.stored()).isTrue();
        assertThat(read(mentor, chat)).containsExactly("Hello, are you there?");
        assertThat(read(asha, chat)).isEmpty();
        assertThat(world.countUnread.count(new CountUnread.Query(asha)).total()).isZero();
        assertThat(world.outbox.emails().subList(emailsBefore, world.outbox.emails().size()))
                .noneMatch(email -> email instanceof Email.FirstMessage || email instanceof Email.MessageAfterQuiet);
    }

    @Test
    void the_blocker_cannot_write_to_the_person_they_blocked_until_they_unblock() {
        var mentor = world.verifiedMentor("listener_k");
        var chat = world.confirmedBooking(asha, world.plan(mentor, 7)).chat().id();
        block(asha, mentor);

        assertThatThrownBy(() -> world.sendMessage.send(new SendMessage.Command(asha, chat, "c1", "hi")))
                .isInstanceOf(DomainException.Forbidden.class).hasMessageContaining("Unblock");

        world.changeBlock.change(new ChangeBlock.Command(asha, mentor.id(), false));
        world.clock.advance(Duration.ofMinutes(1));

        assertThat(world.sendMessage.send(new SendMessage.Command(asha, chat, "c1", "hi")).stored()).isTrue();
    }

    @Test
    void nobody_blocks_themselves_or_someone_who_does_not_exist_and_only_the_blocker_sees_the_list() {
        assertThatThrownBy(() -> block(asha, asha)).isInstanceOf(DomainException.Validation.class);
        assertThatThrownBy(() -> world.changeBlock.change(new ChangeBlock.Command(asha,
                world.newcomer("nina").id(), true))).isInstanceOf(DomainException.NotFound.class);

        block(asha, ravi);

        assertThat(world.listBlocked.list(asha)).containsExactly(ravi.id());
        assertThat(world.listBlocked.list(ravi)).isEmpty();
    }

    private java.util.List<String> read(Actor reader, ChatId chat) {
        return world.readChat.read(new ReadChat.Query(reader, chat, new ReadChat.Page.Latest(50))).messages().stream()
                .map(message -> message.text()).toList();
    }
}

package app.bettertalk.core.moderation;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.admin.ChangeModeratorRole;
import app.bettertalk.core.community.CreateGroup;
import app.bettertalk.core.community.EditPost;
import app.bettertalk.core.community.Group;
import app.bettertalk.core.community.JoinGroup;
import app.bettertalk.core.community.Post;
import app.bettertalk.core.community.WriteComment;
import app.bettertalk.core.community.WritePost;
import app.bettertalk.core.safety.Subject;
import app.bettertalk.core.safety.WordAction;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Watched words on posts and comments, links from new accounts, and the admins who keep the list. */
class WatchedWordsTest {
    private final World world = new World();
    private Actor admin;
    private Actor mod;
    private Actor asha;
    private Group group;

    @BeforeEach
    void setUp() {
        admin = world.admin("admin_k");
        mod = world.onboardedUser("mod_k");
        world.changeModeratorRole.change(new ChangeModeratorRole.Command(Actor.operator(), mod.id(), true));
        mod = world.identifyActor.identify(mod.id());
        asha = world.onboardedUser("asha_k");
        group = world.createGroup.create(new CreateGroup.Command(Actor.operator(), "Anxiety", "Worry, together."));
        world.joinGroup.join(new JoinGroup.Command(asha, group.id()));
        world.clock.advance(Duration.ofDays(2));
    }

    private void watch(String word, WordAction action) {
        world.watchWord.watch(new WatchWord.Command(admin, word, action));
    }

    private Post post(String text) {
        return world.writePost.write(new WritePost.Command(asha, group.id(), text));
    }

    private int shownPosts() {
        return world.posts.newestInGroup(group.id(), 100).size();
    }

    private ViewModerationQueue.Item onlyCase() {
        var queue = world.viewModerationQueue.view(new ViewModerationQueue.Query(mod, 10));
        assertThat(queue).hasSize(1);
        return queue.getFirst();
    }

    @Test
    void a_blocked_word_refuses_the_post_naming_the_word_and_stores_nothing() {
        watch("scam*", WordAction.BLOCK);

        var refusal = catchThrowable(() -> post("This SCAMMER took my money"));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class, invalid -> {
            assertThat(invalid.field()).isEqualTo("content");
            assertThat(invalid.rule()).contains("“scammer”").contains("not allowed");
        });
        assertThat(shownPosts()).isZero();
        assertThat(world.viewModerationQueue.view(new ViewModerationQueue.Query(mod, 10))).isEmpty();
    }

    @Test
    void a_held_post_is_seen_by_no_one_until_a_moderator_approves_it() {
        watch("crypto", WordAction.HOLD);

        var held = post("Anyone tried crypto to pay for therapy?");

        assertThat(held.held()).isTrue();
        assertThat(world.posts.byId(held.id())).isEmpty();
        var item = onlyCase();
        assertThat(item.moderationCase().held()).isTrue();
        assertThat(item.moderationCase().subject()).isEqualTo(new Subject(Subject.Kind.POST, held.id().value()));
        assertThat(item.reasons()).containsExactly(ReportReason.WATCHED_WORD);
        assertThat(item.screened()).isTrue();
        assertThat(item.reports()).isZero();

        world.decideCase.decide(new DecideCase.Command(mod, item.moderationCase().id(), Outcome.DISMISSED,
                "fine", Optional.empty()));

        assertThat(world.posts.byId(held.id())).hasValueSatisfying(
                shown -> assertThat(shown.content()).isEqualTo("Anyone tried crypto to pay for therapy?"));
    }

    @Test
    void a_held_post_a_moderator_hides_or_warns_about_stays_unseen() {
        watch("crypto", WordAction.HOLD);
        var hidden = post("crypto one");
        var warned = post("crypto two");
        var queue = world.viewModerationQueue.view(new ViewModerationQueue.Query(mod, 10));

        world.decideCase.decide(new DecideCase.Command(mod, queue.get(0).moderationCase().id(), Outcome.HIDDEN, "",
                Optional.empty()));
        world.decideCase.decide(new DecideCase.Command(mod, queue.get(1).moderationCase().id(), Outcome.WARNED, "",
                Optional.empty()));

        assertThat(world.posts.byId(hidden.id())).isEmpty();
        assertThat(world.posts.byId(warned.id())).isEmpty();
    }

    @Test
    void a_flagged_word_lets_the_post_out_and_opens_a_case() {
        watch("buy followers", WordAction.FLAG);

        var flagged = post("Where do people buy  followers?");

        assertThat(flagged.held()).isFalse();
        assertThat(world.posts.byId(flagged.id())).isPresent();
        var item = onlyCase();
        assertThat(item.moderationCase().held()).isFalse();
        assertThat(world.moderationCases.reportsOf(item.moderationCase().id())).singleElement()
                .satisfies(report -> assertThat(report.details()).isEqualTo("Watched word (flag): buy followers"));
    }

    @Test
    void an_edit_that_says_a_held_word_takes_the_post_back_until_approved() {
        var post = post("An ordinary day.");
        watch("crypto", WordAction.HOLD);

        var edited = world.editPost.edit(new EditPost.Command(asha, post.id(), "An ordinary day. Crypto?"));

        assertThat(edited.held()).isTrue();
        assertThat(world.posts.byId(post.id())).isEmpty();
        assertThat(onlyCase().moderationCase().held()).isTrue();
    }

    @Test
    void a_comment_is_held_like_a_post() {
        var post = post("An ordinary day.");
        watch("crypto", WordAction.HOLD);

        var comment = world.writeComment.write(new WriteComment.Command(asha, post.id(), "try crypto"));

        assertThat(comment.held()).isTrue();
        assertThat(world.comments.byId(comment.id())).isEmpty();
        world.decideCase.decide(new DecideCase.Command(mod, onlyCase().moderationCase().id(), Outcome.DISMISSED, "",
                Optional.empty()));
        assertThat(world.comments.byId(comment.id())).isPresent();
    }

    @Test
    void an_account_in_its_first_day_cannot_post_links_and_one_a_day_old_can() {
        var newcomer = world.onboardedUser("new_k");
        world.joinGroup.join(new JoinGroup.Command(newcomer, group.id()));

        var refusal = catchThrowable(() -> world.writePost.write(
                new WritePost.Command(newcomer, group.id(), "Great offer at cheap-pills.biz")));
        var plain = world.writePost.write(new WritePost.Command(newcomer, group.id(), "I paid Rs. 1,500.50, aged 29."));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class, invalid -> assertThat(
                invalid.rule()).isEqualTo("cannot have links until your account is a day old, to keep spam out"));
        assertThat(world.posts.byId(plain.id())).isPresent();
        assertThat(shownPosts()).isEqualTo(1);

        world.clock.advance(Duration.ofHours(24));
        var link = world.writePost.write(new WritePost.Command(newcomer, group.id(), "Helped me: https://example.org"));
        assertThat(world.posts.byId(link.id())).isPresent();
    }

    @Test
    void an_email_address_is_masked_before_links_are_looked_for() {
        var newcomer = world.onboardedUser("new_k");
        world.joinGroup.join(new JoinGroup.Command(newcomer, group.id()));

        var post = world.writePost.write(new WritePost.Command(newcomer, group.id(), "write to me at a@b.com"));

        assertThat(post.content()).isEqualTo("write to me at [email hidden]");
    }

    @Test
    void admins_keep_the_list_and_no_one_else_may() {
        watch("Scam*", WordAction.FLAG);
        watch("scam*", WordAction.BLOCK);
        watch("crypto", WordAction.HOLD);

        assertThat(world.listWatchedWords.list(admin)).extracting(word -> word.word() + "=" + word.action())
                .containsExactly("crypto=HOLD", "scam*=BLOCK");
        assertThat(world.listWatchedWords.list(admin).getFirst().addedBy()).isEqualTo(admin.id());

        world.unwatchWord.unwatch(new UnwatchWord.Command(admin, " CRYPTO "));
        assertThat(world.listWatchedWords.list(Actor.operator())).hasSize(1);
        assertThat(catchThrowable(() -> world.unwatchWord.unwatch(new UnwatchWord.Command(admin, "crypto"))))
                .isInstanceOf(DomainException.NotFound.class);

        for (var notAdmin : new Actor[] {mod, asha}) {
            assertThat(catchThrowable(() -> world.listWatchedWords.list(notAdmin)))
                    .isInstanceOf(DomainException.Forbidden.class);
            assertThat(catchThrowable(() -> world.watchWord.watch(new WatchWord.Command(notAdmin, "x",
                    WordAction.BLOCK)))).isInstanceOf(DomainException.Forbidden.class);
            assertThat(catchThrowable(() -> world.unwatchWord.unwatch(new UnwatchWord.Command(notAdmin, "scam*"))))
                    .isInstanceOf(DomainException.Forbidden.class);
        }
        assertThat(world.listWatchedWords.list(admin)).hasSize(1);
    }

    @Test
    void a_person_cannot_give_the_watched_word_reason() {
        assertThat(catchThrowable(() -> ReportReason.parse("watched_word")))
                .isInstanceOf(DomainException.Validation.class);
    }
}

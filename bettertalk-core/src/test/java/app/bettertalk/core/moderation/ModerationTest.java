package app.bettertalk.core.moderation;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.access.Role;
import app.bettertalk.core.admin.ChangeModeratorRole;
import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.chat.SendMessage;
import app.bettertalk.core.community.CreateGroup;
import app.bettertalk.core.community.Group;
import app.bettertalk.core.community.JoinGroup;
import app.bettertalk.core.community.Post;
import app.bettertalk.core.community.ViewGroup;
import app.bettertalk.core.community.WriteComment;
import app.bettertalk.core.community.WritePost;
import app.bettertalk.core.identity.SignIn;
import app.bettertalk.core.identity.StartSession;
import app.bettertalk.core.safety.Subject;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModerationTest {
    private final World world = new World();
    private Actor asha;
    private Actor ravi;
    private Actor meera;
    private Actor mod;
    private Group group;

    @BeforeEach
    void setUp() {
        asha = world.onboardedUser("asha_k");
        ravi = world.onboardedUser("ravi_k");
        meera = world.onboardedUser("meera_k");
        mod = moderator("mod_k");
        group = world.createGroup.create(new CreateGroup.Command(Actor.operator(), "Anxiety", "Worry, together."));
        for (var member : new Actor[] {asha, ravi, meera}) {
            world.joinGroup.join(new JoinGroup.Command(member, group.id()));
        }
    }

    private Actor moderator(String username) {
        var person = world.onboardedUser(username);
        world.changeModeratorRole.change(new ChangeModeratorRole.Command(Actor.operator(), person.id(), true));
        return world.identifyActor.identify(person.id());
    }

    private Post post(Actor author, String text) {
        world.clock.advance(Duration.ofMinutes(1));
        return world.writePost.write(new WritePost.Command(author, group.id(), text));
    }

    private ReportSubject.Receipt report(Actor reporter, Subject subject, ReportReason reason) {
        world.clock.advance(Duration.ofMinutes(1));
        return world.reportSubject.report(new ReportSubject.Command(reporter, subject, reason, "please look"));
    }

    private static Subject of(Post post) {
        return new Subject(Subject.Kind.POST, post.id().value());
    }

    @Test
    void reports_of_one_post_join_one_case_and_a_second_report_by_the_same_member_is_not_counted() {
        var post = post(asha, "You are all idiots");

        var first = report(ravi, of(post), ReportReason.HARASSMENT);
        var again = report(ravi, of(post), ReportReason.SPAM);
        var other = report(meera, of(post), ReportReason.HARASSMENT);

        assertThat(first.counted()).isTrue();
        assertThat(again.counted()).isFalse();
        assertThat(other.caseId()).isEqualTo(first.caseId());
        var queue = world.viewModerationQueue.view(new ViewModerationQueue.Query(mod, 10));
        assertThat(queue).hasSize(1);
        assertThat(queue.getFirst().reports()).isEqualTo(2);
        assertThat(queue.getFirst().moderationCase().copy()).isEqualTo("You are all idiots");
    }

    @Test
    void nobody_reports_what_they_wrote_or_a_chat_they_are_not_in() {
        var post = post(asha, "Mine");

        assertThatThrownBy(() -> report(asha, of(post), ReportReason.SPAM))
                .isInstanceOf(DomainException.Forbidden.class);
        var chat = chatBetween(asha);
        var message = world.sendMessage.send(new SendMessage.Command(asha, chat, "c1", "hello")).message();
        assertThatThrownBy(() -> report(meera, new Subject(Subject.Kind.MESSAGE, message.id().value()),
                ReportReason.HARASSMENT)).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void a_self_harm_report_puts_its_case_before_older_ones() {
        var older = post(asha, "Buy cheap followers");
        var worrying = post(meera, "Nobody would notice");
        report(ravi, of(older), ReportReason.SPAM);
        report(ravi, of(worrying), ReportReason.SELF_HARM);

        var queue = world.viewModerationQueue.view(new ViewModerationQueue.Query(mod, 10));

        assertThat(queue).extracting(item -> item.moderationCase().subject()).containsExactly(of(worrying), of(older));
        assertThat(queue.getFirst().moderationCase().crisis()).isTrue();
    }

    @Test
    void only_moderators_and_admins_see_the_queue() {
        assertThatThrownBy(() -> world.viewModerationQueue.view(new ViewModerationQueue.Query(ravi, 10)))
                .isInstanceOf(DomainException.Forbidden.class);
        assertThat(world.viewModerationQueue.view(new ViewModerationQueue.Query(world.admin("root_k"), 10))).isEmpty();
    }

    @Test
    void a_post_the_screen_flags_is_held_until_its_writer_chooses_to_post_it_then_it_is_a_crisis_case() {
        var text = "I don't see the point anymore, I want to die";

        assertThatThrownBy(() -> world.writePost.write(new WritePost.Command(asha, group.id(), text)))
                .isInstanceOf(DomainException.HelpOffered.class);
        assertThat(world.posts.newestInGroup(group.id(), 10)).isEmpty();
        assertThat(world.viewModerationQueue.view(new ViewModerationQueue.Query(mod, 10))).isEmpty();

        var post = world.writePost.write(new WritePost.Command(asha, group.id(), text, true));

        assertThat(world.posts.newestInGroup(group.id(), 10)).containsExactly(post);
        var queue = world.viewModerationQueue.view(new ViewModerationQueue.Query(mod, 10));
        assertThat(queue).singleElement().satisfies(item -> {
            assertThat(item.moderationCase().crisis()).isTrue();
            assertThat(item.moderationCase().subject()).isEqualTo(of(post));
            assertThat(item.screened()).isTrue();
            assertThat(item.reports()).isZero();
        });
    }

    @Test
    void ordinary_venting_is_posted_at_once_and_raises_nothing() {
        world.writePost.write(new WritePost.Command(asha, group.id(), "This exam is killing me, I would never give up"));

        assertThat(world.viewModerationQueue.view(new ViewModerationQueue.Query(mod, 10))).isEmpty();
    }

    @Test
    void a_comment_is_screened_too() {
        var post = post(ravi, "How is everyone?");

        assertThatThrownBy(() -> world.writeComment.write(new WriteComment.Command(asha, post.id(),
                "honestly i want to kill myself"))).isInstanceOf(DomainException.HelpOffered.class);
        world.writeComment.write(new WriteComment.Command(asha, post.id(), "honestly i want to kill myself", true));

        assertThat(world.viewModerationQueue.view(new ViewModerationQueue.Query(mod, 10)))
                .singleElement().satisfies(item -> assertThat(item.moderationCase().subject().kind())
                        .isEqualTo(Subject.Kind.COMMENT));
    }

    @Test
    void contact_details_in_a_post_are_hidden_before_it_is_stored() {
        var post = post(asha, "Call me on 98765 40001 or mail asha.k@gmail.com");

        assertThat(post.content()).doesNotContain("98765").doesNotContain("gmail").contains("hidden");
        assertThat(world.posts.byId(post.id()).orElseThrow().content()).isEqualTo(post.content());
    }

    @Test
    void a_flagged_chat_message_is_sent_once_chosen_and_its_mentor_is_told_what_to_do() {
        var mentor = world.verifiedMentor("meera_mentor");
        var chat = world.confirmedBooking(asha, world.plan(mentor, 7)).chat().id();

        assertThatThrownBy(() -> world.sendMessage.send(new SendMessage.Command(asha, chat, "c1",
                "main marna chahti hoon"))).isInstanceOf(DomainException.HelpOffered.class);
        assertThat(world.findConcernInChat.find(mentor, chat)).isFalse();

        var sent = world.sendMessage.send(new SendMessage.Command(asha, chat, "c1", "main marna chahti hoon", true));

        assertThat(sent.concernRaised()).isTrue();
        assertThat(world.findConcernInChat.find(mentor, chat)).isTrue();
        // The member is never shown the mentor's guide about themselves.
        assertThat(world.findConcernInChat.find(asha, chat)).isFalse();
        assertThatThrownBy(() -> world.findConcernInChat.find(ravi, chat))
                .isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void a_mentor_asking_about_suicide_as_the_guide_says_is_not_held_or_flagged() {
        var mentor = world.verifiedMentor("meera_mentor");
        var chat = world.confirmedBooking(asha, world.plan(mentor, 7)).chat().id();

        var sent = world.sendMessage.send(new SendMessage.Command(mentor, chat, "m1",
                "I care about you. Are you thinking about suicide right now?"));

        assertThat(sent.stored()).isTrue();
        assertThat(sent.concernRaised()).isFalse();
        assertThat(world.viewModerationQueue.view(new ViewModerationQueue.Query(mod, 10))).isEmpty();
    }

    @Test
    void a_moderator_reads_a_reported_message_only_through_its_case_and_each_read_is_recorded() {
        var chat = chatBetween(asha);
        var mentorId = world.chatThreads.byId(chat).orElseThrow().mentor();
        var mentor = world.identifyActor.identify(mentorId);
        var message = world.sendMessage.send(new SendMessage.Command(mentor, chat, "m1", "send me photos")).message();
        var receipt = report(asha, new Subject(Subject.Kind.MESSAGE, message.id().value()), ReportReason.HARASSMENT);

        var queued = world.viewModerationQueue.view(new ViewModerationQueue.Query(mod, 10));
        var unread = world.viewModerationCase.view(new ViewModerationCase.Query(mod, receipt.caseId(), false));
        var read = world.viewModerationCase.view(new ViewModerationCase.Query(mod, receipt.caseId()));

        assertThat(queued).singleElement().satisfies(item -> assertThat(item.moderationCase().crisis()).isFalse());
        assertThat(unread.moderationCase().copy()).isEmpty();
        assertThat(read.moderationCase().copy()).isEqualTo("send me photos");
        assertThat(read.reads()).singleElement().satisfies(each -> assertThat(each.moderator()).isEqualTo(mod.id()));
        assertThat(world.auditTrail.all()).singleElement().satisfies(entry -> {
            assertThat(entry.reader()).isEqualTo(mod.id());
            assertThat(entry.what()).isEqualTo(app.bettertalk.core.audit.AuditEntry.What.CHAT_MESSAGE);
            assertThat(entry.thing()).isEqualTo(message.id().value());
            assertThat(entry.whose()).isEqualTo(mentorId);
            assertThat(entry.why()).isEqualTo("reported: case " + receipt.caseId().value());
            assertThat(entry.at()).isEqualTo(world.now());
        });
        assertThatThrownBy(() -> world.listAuditTrail.list(new app.bettertalk.core.audit.ListAuditTrail.Query(mod,
                java.util.Optional.empty(), 10))).isInstanceOf(app.bettertalk.core.shared.DomainException.Forbidden.class);
        assertThat(world.listAuditTrail.list(new app.bettertalk.core.audit.ListAuditTrail.Query(Actor.operator(),
                java.util.Optional.of(mentorId), 10))).hasSize(1);
    }

    @Test
    void hiding_a_post_takes_it_off_the_group_and_the_reporter_sees_the_outcome() {
        var post = post(asha, "spam spam spam");
        var receipt = report(ravi, of(post), ReportReason.SPAM);

        world.decideCase.decide(new DecideCase.Command(mod, receipt.caseId(), Outcome.HIDDEN, "spam", Optional.empty()));

        var page = world.viewGroup.view(new ViewGroup.Query(meera, group.id(), 10));
        assertThat(page.posts()).isEmpty();
        assertThat(world.listMyReports.list(ravi)).singleElement().satisfies(mine -> {
            assertThat(mine.outcome()).contains(Outcome.HIDDEN);
            assertThat(mine.kind()).isEqualTo(Subject.Kind.POST);
        });
        assertThat(world.viewModerationQueue.view(new ViewModerationQueue.Query(mod, 10))).isEmpty();
        assertThatThrownBy(() -> world.decideCase.decide(new DecideCase.Command(mod, receipt.caseId(),
                Outcome.DISMISSED, "", Optional.empty()))).isInstanceOf(DomainException.Conflict.class);
    }

    @Test
    void a_suspension_ends_every_session_of_the_author_and_refuses_sign_in_until_it_ends() {
        var post = post(asha, "I will find where you live");
        var receipt = report(ravi, of(post), ReportReason.HARASSMENT);
        var session = world.startSession.start(new StartSession.Command(asha.id()));
        var user = world.users.byId(asha.id()).orElseThrow();

        var decided = world.decideCase.decide(new DecideCase.Command(mod, receipt.caseId(), Outcome.SUSPENDED,
                "threat", Optional.of(Duration.ofDays(7))));

        assertThat(decided.sessionsEnded()).isTrue();
        assertThat(world.resumeSession.resume(session.token().value())).isEmpty();
        assertThatThrownBy(() -> world.signIn.signIn(new SignIn.Command(user.googleSubject(), user.email(),
                user.googleName()))).isInstanceOf(DomainException.Forbidden.class).hasMessageContaining("suspended");

        world.clock.advance(Duration.ofDays(7).plusMinutes(1));

        var again = world.signIn.signIn(new SignIn.Command(user.googleSubject(), user.email(), user.googleName()));
        assertThat(again.user().id()).isEqualTo(asha.id());
    }

    @Test
    void a_ban_refuses_sign_in_for_good_and_no_moderator_bans_an_admin_or_decides_about_themselves() {
        var post = post(asha, "scam link");
        var receipt = report(ravi, of(post), ReportReason.SPAM);
        world.decideCase.decide(new DecideCase.Command(mod, receipt.caseId(), Outcome.BANNED, "", Optional.empty()));
        var user = world.users.byId(asha.id()).orElseThrow();
        world.clock.advance(Duration.ofDays(3650));

        assertThatThrownBy(() -> world.signIn.signIn(new SignIn.Command(user.googleSubject(), user.email(), "x")))
                .isInstanceOf(DomainException.Forbidden.class).hasMessageContaining("banned");

        var admin = world.admin("root_k");
        world.joinGroup.join(new JoinGroup.Command(admin, group.id()));
        var byAdmin = world.writePost.write(new WritePost.Command(admin, group.id(), "Rules: be kind"));
        var adminCase = report(ravi, of(byAdmin), ReportReason.OTHER);
        assertThatThrownBy(() -> world.decideCase.decide(new DecideCase.Command(mod, adminCase.caseId(),
                Outcome.BANNED, "", Optional.empty()))).isInstanceOf(DomainException.Forbidden.class);
        var own = report(ravi, new Subject(Subject.Kind.PROFILE, mod.id().value()), ReportReason.IMPERSONATION);
        assertThatThrownBy(() -> world.decideCase.decide(new DecideCase.Command(mod, own.caseId(), Outcome.DISMISSED,
                "", Optional.empty()))).isInstanceOf(DomainException.Forbidden.class);
    }

    @Test
    void a_suspension_needs_a_length_within_bounds_and_a_profile_cannot_be_hidden() {
        var profile = report(ravi, new Subject(Subject.Kind.PROFILE, asha.id().value()), ReportReason.IMPERSONATION);

        assertThatThrownBy(() -> new DecideCase.Command(mod, profile.caseId(), Outcome.SUSPENDED, "",
                Optional.empty())).isInstanceOf(DomainException.Validation.class);
        assertThatThrownBy(() -> new DecideCase.Command(mod, profile.caseId(), Outcome.SUSPENDED, "",
                Optional.of(Duration.ofDays(400)))).isInstanceOf(DomainException.Validation.class);
        assertThatThrownBy(() -> world.decideCase.decide(new DecideCase.Command(mod, profile.caseId(),
                Outcome.HIDDEN, "", Optional.empty()))).isInstanceOf(DomainException.Validation.class);
    }

    @Test
    void the_authors_history_shows_their_earlier_cases_and_outcomes() {
        var first = report(ravi, of(post(asha, "one")), ReportReason.SPAM);
        world.decideCase.decide(new DecideCase.Command(mod, first.caseId(), Outcome.WARNED, "", Optional.empty()));
        var second = report(ravi, of(post(asha, "two")), ReportReason.SPAM);

        var view = world.viewModerationCase.view(new ViewModerationCase.Query(mod, second.caseId()));

        assertThat(view.history()).singleElement().satisfies(earlier -> assertThat(earlier.decision()
                .orElseThrow().outcome()).isEqualTo(Outcome.WARNED));
        assertThat(view.author().id()).isEqualTo(asha.id());
    }

    @Test
    void a_moderator_role_is_granted_and_taken_back_by_an_admin_only() {
        var person = world.onboardedUser("helper_k");

        assertThatThrownBy(() -> world.changeModeratorRole.change(new ChangeModeratorRole.Command(ravi, person.id(), true))).isInstanceOf(DomainException.Forbidden.class);
        var granted = world.changeModeratorRole.change(new ChangeModeratorRole.Command(
                Actor.operator(), person.id(), true));
        var revoked = world.changeModeratorRole.change(new ChangeModeratorRole.Command(
                Actor.operator(), person.id(), false));

        assertThat(granted.role()).isEqualTo(Role.MODERATOR);
        assertThat(revoked.role()).isEqualTo(Role.USER);
    }

    private ChatId chatBetween(Actor user) {
        var mentor = world.verifiedMentor("listener_" + Math.abs(user.id().hashCode() % 1000));
        return world.confirmedBooking(user, world.plan(mentor, 7)).chat().id();
    }
}

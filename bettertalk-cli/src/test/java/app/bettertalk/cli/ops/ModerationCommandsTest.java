package app.bettertalk.cli.ops;

import app.bettertalk.cli.BetterTalk;
import app.bettertalk.cli.ExitCodes;
import app.bettertalk.core.BetterTalkCore;
import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.access.Role;
import app.bettertalk.core.admin.FindAccount;
import app.bettertalk.core.booking.BookPlan;
import app.bettertalk.core.booking.ConfirmBooking;
import app.bettertalk.core.booking.FakePaymentGateway;
import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.chat.ChatThread;
import app.bettertalk.core.chat.ListChats;
import app.bettertalk.core.chat.ReadChat;
import app.bettertalk.core.chat.SendMessage;
import app.bettertalk.core.community.CreateGroup;
import app.bettertalk.core.community.JoinGroup;
import app.bettertalk.core.community.WritePost;
import app.bettertalk.core.identity.CompleteOnboarding;
import app.bettertalk.core.identity.Consent;
import app.bettertalk.core.identity.EmailAddress;
import app.bettertalk.core.identity.GoogleSubject;
import app.bettertalk.core.identity.SignIn;
import app.bettertalk.core.mailing.FakeMailer;
import app.bettertalk.core.mailing.UnsubscribeTokens;
import app.bettertalk.core.mentor.ApplyAsMentor;
import app.bettertalk.core.mentor.CreatePlan;
import app.bettertalk.core.mentor.FakePhotoCropper;
import app.bettertalk.core.mentor.FindMentors;
import app.bettertalk.core.mentor.Mentor;
import app.bettertalk.core.mentor.MentorCard;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.mentor.VerifyMentor;
import app.bettertalk.core.moderation.CaseId;
import app.bettertalk.core.moderation.ReportReason;
import app.bettertalk.core.moderation.ReportSubject;
import app.bettertalk.core.safety.Subject;
import app.bettertalk.core.shared.AsciiNameSkeletons;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.TestClock;
import app.bettertalk.mysql.Database;
import app.bettertalk.mysql.Target;
import app.bettertalk.mysql.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code users grant-moderator|revoke-moderator}, {@code moderation list|show|resolve} and
 * {@code words list|add|remove} on the MariaDB test server.
 */
class ModerationCommandsTest {
    @TempDir
    Path home;

    private final TestClock clock = new TestClock();
    private final Map<String, String> env = new HashMap<>();
    private Database database;
    private BetterTalkCore core;
    private int people;

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void freshDatabase() {
        database = TestDatabases.emptied(ModerationCommandsTest.class, Target.SERVER);
        var settings = database.settings();
        env.put("BETTERTALK_DB_URL", settings.url());
        env.put("BETTERTALK_DB_USER", settings.user());
        env.put("BETTERTALK_DB_PASSWORD", settings.password());
        env.put("BETTERTALK_HOME", home.toString());
        env.put("BETTERTALK_KEYS_FILE", TestDatabases.masterKeyFile(home).toString());
        var stores = TestDatabases.stores(database);
        core = BetterTalkCore.assemble(new BetterTalkCore.Ports(stores.users(), stores.sessions(), stores.mentors(),
                stores.plans(), stores.groups(), stores.memberships(), stores.posts(), stores.comments(),
                stores.bookings(), stores.chatThreads(), stores.chatMessages(), stores.notes(), stores.outbox(),
                stores.unitOfWork(), new FakePaymentGateway(), message -> { }, clock, stores.jobLocks(),
                stores.queuedEmails(), stores.emailPreferences(), new FakeMailer(),
                new UnsubscribeTokens(World.TEST_SECRET), RandomGenerator.getDefault(), stores.mentorRatings(),
                stores.mentorDirectory(), stores.chatReads(), stores.mentorPhotos(), new FakePhotoCropper(),
                stores.reviews(), stores.paymentLedger(), stores.safetyPlans(),
                stores.moderationCases(), stores.suspensions(), stores.blocks(),
                new AsciiNameSkeletons(), stores.watchedWords(), stores.auditTrail()),
                BetterTalkCore.Rules.DEFAULT);
    }

    private Run bettertalk(String... args) {
        return bettertalkAt(Clock.fixed(clock.instant(), ZoneOffset.UTC), args);
    }

    private Run bettertalkAt(Clock at, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var code = BetterTalk.run(args, env, home, at, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private Actor onboarded(String username) {
        people++;
        var email = new EmailAddress(username + people + "@example.com");
        var user = core.signIn().signIn(new SignIn.Command(new GoogleSubject("g-" + username + people), email,
                username)).user();
        return core.completeOnboarding().complete(new CompleteOnboarding.Command(user.asActor(), "9876543210", "30",
                username, Consent.CURRENT)).asActor();
    }

    private Actor applied(String username) {
        var mentor = onboarded(username);
        core.applyAsMentor().apply(new ApplyAsMentor.Command(mentor, new Mentor.Details("Listener", "Bio",
                List.of("anxiety"), List.of("English"), 2)));
        return core.identifyActor().identify(mentor.id());
    }

    private Actor confirmedChat(String user, String mentorName, int days) {
        var person = onboarded(user);
        var mentor = applied(mentorName);
        core.verifyMentor().verify(new VerifyMentor.Command(Actor.operator(), mentor.id(), true));
        var plan = core.createPlan().create(new CreatePlan.Command(mentor,
                new Plan.Terms("Plan", "", Paise.ofRupees(299), 0, days)));
        var booking = core.bookPlan().book(new BookPlan.Command(person, plan.id()));
        core.confirmBooking().confirm(new ConfirmBooking.Command(person, booking.id(), "pay_" + booking.id()));
        return person;
    }

    private CaseId reportedPost(Actor author, Actor reporter, String text, ReportReason reason) {
        var group = core.createGroup().create(new CreateGroup.Command(Actor.operator(), "Group " + (++people), ""));
        core.joinGroup().join(new JoinGroup.Command(author, group.id()));
        var post = core.writePost().write(new WritePost.Command(author, group.id(), text));
        return core.reportSubject().report(new ReportSubject.Command(reporter,
                new Subject(Subject.Kind.POST, post.id().value()), reason, "")).caseId();
    }

    @Test
    void words_are_added_listed_changed_and_removed_and_posts_meet_them() {
        var added = bettertalk("words", "add", "Scam*", "--action", "block");
        var phrase = bettertalk("words", "add", "buy followers", "--action", "flag");
        var changed = bettertalk("words", "add", "scam*", "--action", "hold");
        var list = bettertalk("words", "list");
        var json = bettertalk("words", "list", "--json");

        assertThat(added.code()).isEqualTo(ExitCodes.OK);
        assertThat(added.out()).isEqualTo("Watching \"scam*\": block.\n");
        assertThat(phrase.code()).isEqualTo(ExitCodes.OK);
        assertThat(changed.out()).contains("hold");
        assertThat(list.out()).contains("buy followers").contains("flag").contains("scam*").contains("hold")
                .doesNotContain("block").contains("2 watched words.");
        assertThat(json.out()).contains("{\"word\":\"buy followers\",\"action\":\"flag\"");
        var asha = onboarded("asha_k");
        clock.advance(java.time.Duration.ofDays(2));
        var group = core.createGroup().create(new CreateGroup.Command(Actor.operator(), "Words", ""));
        core.joinGroup().join(new JoinGroup.Command(asha, group.id()));
        var held = core.writePost().write(new WritePost.Command(asha, group.id(), "a scammer"));
        assertThat(held.held()).isTrue();
        assertThat(bettertalk("moderation", "list", "--json").out()).contains("\"held\":true");

        var removed = bettertalk("words", "remove", "SCAM*");
        var again = bettertalk("words", "remove", "scam*");

        assertThat(removed.code()).isEqualTo(ExitCodes.OK);
        assertThat(removed.out()).isEqualTo("Stopped watching \"scam*\".\n");
        assertThat(again.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(again.err()).isEqualTo("bettertalk: \"scam*\" is not a watched word\n");
        assertThat(bettertalk("words", "list").out()).contains("1 watched word.");
    }

    @Test
    void bad_words_input_is_a_usage_error_and_changes_nothing() {
        var action = bettertalk("words", "add", "crypto", "--action", "delete");
        var blank = bettertalk("words", "add", "***", "--action", "hold");
        var missing = bettertalk("words", "add", "crypto");
        var bare = bettertalk("words");

        assertThat(action.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(action.err()).contains("--action must be block, hold or flag, not delete");
        assertThat(blank.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(blank.err()).contains("WORD must have a letter or a digit");
        assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(bare.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(bettertalk("words", "list").out()).contains("0 watched words.");
    }

    @Test
    void a_moderator_is_granted_and_taken_back_by_email_and_the_terminal_shows_no_email() {
        var asha = onboarded("asha_k");

        var granted = bettertalk("users", "grant-moderator", "asha_k" + people + "@example.com");
        var revoked = bettertalk("users", "revoke-moderator", asha.id().toString());

        assertThat(granted.code()).isEqualTo(ExitCodes.OK);
        assertThat(granted.out()).contains("MODERATOR").contains("asha_k").doesNotContain("@example.com");
        assertThat(revoked.out()).contains(Role.USER.name());
    }

    @Test
    void the_list_puts_crisis_first_and_shows_no_text() {
        var asha = onboarded("asha_k");
        var ravi = onboarded("ravi_k");
        reportedPost(asha, ravi, "Buy my course", ReportReason.SPAM);
        clock.advance(java.time.Duration.ofMinutes(5));
        var crisis = reportedPost(asha, ravi, "Nobody would miss me", ReportReason.SELF_HARM);

        var run = bettertalk("moderation", "list");
        var json = bettertalk("moderation", "list", "--json");

        assertThat(run.code()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().lines().skip(1).findFirst().orElseThrow()).startsWith(crisis.toString()).contains("yes");
        assertThat(run.out()).contains("2 open cases.").doesNotContain("Buy my course")
                .doesNotContain("Nobody would miss me");
        assertThat(json.out()).contains("\"crisis\":true").contains("\"reasons\":[\"self_harm\"]");
    }

    @Test
    void show_prints_a_reported_post_but_a_chat_message_only_when_asked_and_that_read_is_recorded() {
        var asha = onboarded("asha_k");
        var ravi = onboarded("ravi_k");
        var post = reportedPost(asha, ravi, "Ads everywhere", ReportReason.SPAM);
        var user = confirmedChat("mina_k", "meera_k", 7);
        var chat = core.listChats().list(new ListChats.Query(user)).getFirst().thread().id();
        var message = core.sendMessage().send(new SendMessage.Command(user, chat, "c1", "my secret")).message();
        var mentor = core.identifyActor().identify(core.listChats().list(new ListChats.Query(user)).getFirst()
                .thread().mentor());
        var reported = core.reportSubject().report(new ReportSubject.Command(mentor,
                new Subject(Subject.Kind.MESSAGE, message.id().value()), ReportReason.HARASSMENT, "")).caseId();

        var shownPost = bettertalk("moderation", "show", post.toString());
        var withheld = bettertalk("moderation", "show", reported.toString());
        var read = bettertalk("moderation", "show", reported.toString(), "--read-message", "--json");

        assertThat(shownPost.out()).contains("text: Ads everywhere");
        assertThat(withheld.out()).doesNotContain("my secret").contains("--read-message");
        assertThat(read.out()).contains("\"text\":\"my secret\"");
        var view = core.viewModerationCase().view(new app.bettertalk.core.moderation.ViewModerationCase.Query(
                Actor.operator(), reported, false));
        assertThat(view.reads()).hasSize(1);
        var audit = bettertalk("audit", "list", "--json");
        var ofAuthor = bettertalk("audit", "list", "--person", message.sender().value().toString());
        var ofSomeoneElse = bettertalk("audit", "list", "--person", java.util.UUID.randomUUID().toString());
        var badPerson = bettertalk("audit", "list", "--person", "asha_k");
        assertThat(audit.out()).contains("\"reader\":\"operator\",\"what\":\"chat_message\",\"thing\":\""
                + message.id().value() + "\",\"whose\":\"" + message.sender().value() + "\",\"why\":\"reported: case "
                + reported.value() + "\"").doesNotContain("my secret");
        assertThat(audit.out().split("\"id\"", -1)).hasSize(2);
        assertThat(ofAuthor.out()).contains("operator  chat_message  " + message.id().value());
        assertThat(ofSomeoneElse.out()).startsWith("No reads recorded by or of ");
        assertThat(badPerson.code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void resolve_hides_a_post_once_and_a_second_decision_is_refused_in_one_line() {
        var asha = onboarded("asha_k");
        var ravi = onboarded("ravi_k");
        var reported = reportedPost(asha, ravi, "Ads everywhere", ReportReason.SPAM);

        var hidden = bettertalk("moderation", "resolve", reported.toString(), "--outcome", "hide", "--note", "ads");
        var again = bettertalk("moderation", "resolve", reported.toString(), "--outcome", "dismiss");

        assertThat(hidden.code()).isEqualTo(ExitCodes.OK);
        assertThat(hidden.out()).contains("the content was removed");
        assertThat(again.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(again.err().lines()).singleElement().asString().contains("already been decided");
        assertThat(bettertalk("moderation", "list").out()).contains("0 open cases.");
    }

    @Test
    void resolve_suspends_for_days_and_ends_the_authors_sessions() {
        var asha = onboarded("asha_k");
        var ravi = onboarded("ravi_k");
        var reported = reportedPost(asha, ravi, "threat", ReportReason.HARASSMENT);
        var session = core.startSession().start(new app.bettertalk.core.identity.StartSession.Command(asha.id()));

        var run = bettertalk("moderation", "resolve", reported.toString(), "--outcome", "suspend", "--days", "3");

        assertThat(run.out()).contains("Their sessions have ended.");
        assertThat(core.resumeSession().resume(session.token().value())).isEmpty();
    }

    @Test
    void bad_input_is_refused_in_one_line_and_changes_nothing() {
        var asha = onboarded("asha_k");
        var ravi = onboarded("ravi_k");
        var reported = reportedPost(asha, ravi, "x", ReportReason.SPAM).toString();

        var noDays = bettertalk("moderation", "resolve", reported, "--outcome", "suspend");
        var badOutcome = bettertalk("moderation", "resolve", reported, "--outcome", "delete");
        var badId = bettertalk("moderation", "show", "not-a-case");
        var unknown = bettertalk("moderation", "show", java.util.UUID.randomUUID().toString());
        var daysForWarning = bettertalk("moderation", "resolve", reported, "--outcome", "warn", "--days", "2");

        for (var refused : java.util.List.of(noDays, badOutcome, badId, daysForWarning)) {
            assertThat(refused.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(refused.err().lines().filter(line -> !line.isBlank()).findFirst()).isPresent();
        }
        assertThat(noDays.err()).contains("--days");
        assertThat(badOutcome.err()).contains("dismiss, hide, warn, suspend or ban");
        assertThat(unknown.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(unknown.err().lines()).hasSize(1);
        assertThat(bettertalk("moderation", "list").out()).contains("1 open case.");
    }
}

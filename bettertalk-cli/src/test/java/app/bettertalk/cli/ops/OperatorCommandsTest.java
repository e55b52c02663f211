package app.bettertalk.cli.ops;

import app.bettertalk.cli.BetterTalk;
import app.bettertalk.cli.ExitCodes;
import app.bettertalk.core.BetterTalkCore;
import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.admin.FindAccount;
import app.bettertalk.core.booking.BookPlan;
import app.bettertalk.core.booking.ConfirmBooking;
import app.bettertalk.core.booking.FakePaymentGateway;
import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.chat.ChatThread;
import app.bettertalk.core.chat.ListChats;
import app.bettertalk.core.chat.ReadChat;
import app.bettertalk.core.identity.CompleteOnboarding;
import app.bettertalk.core.identity.Consent;
import app.bettertalk.core.identity.EmailAddress;
import app.bettertalk.core.identity.GoogleSubject;
import app.bettertalk.core.identity.SessionPolicy;
import app.bettertalk.core.identity.SignIn;
import app.bettertalk.core.identity.StartSession;
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
import app.bettertalk.core.shared.AsciiNameSkeletons;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.TestClock;
import app.bettertalk.mysql.Database;
import app.bettertalk.mysql.Target;
import app.bettertalk.mysql.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

import static org.assertj.core.api.Assertions.assertThat;

/** The operator commands through Picocli against a fresh schema on the MariaDB test server. */
class OperatorCommandsTest {
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
        database = TestDatabases.emptied(OperatorCommandsTest.class, Target.SERVER);
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

    private Path file(String name, String text) throws Exception {
        var file = home.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void seeding_groups_from_yaml_creates_them_and_a_second_run_skips_them_all() throws Exception {
        var seed = file("groups.yaml", "- name: Anxiety\n  description: Worry, together\n- name: Breakups\n");

        var first = bettertalk("groups", "seed", seed.toString());
        var second = bettertalk("groups", "seed", seed.toString(), "--json");

        assertThat(first.code()).isEqualTo(ExitCodes.OK);
        assertThat(first.out()).contains("created  Anxiety").contains("2 created, 0 skipped.");
        assertThat(second.code()).isEqualTo(ExitCodes.OK);
        assertThat(second.out()).contains("\"created\":[]").contains("\"skipped\":[\"Anxiety\",\"Breakups\"]");
    }

    @Test
    void seeding_groups_from_json_works_too() throws Exception {
        var seed = file("groups.json", "[{\"name\": \"Career stress\", \"description\": \"Work\"}]");

        var run = bettertalk("groups", "seed", seed.toString());

        assertThat(run.out()).contains("1 created");
        assertThat(bettertalk("groups", "list", "--json").out()).contains("\"name\":\"Career stress\"");
    }

    @Test
    void a_malformed_seed_file_changes_nothing_and_names_the_line() throws Exception {
        var seed = file("groups.yaml", "- name: Anxiety\n- name: [unclosed\n");

        var run = bettertalk("groups", "seed", seed.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains("line 2").contains("nothing was changed");
        assertThat(bettertalk("groups", "list", "--json").out()).isEqualTo("{\"groups\":[]}" + System.lineSeparator());
    }

    @Test
    void a_seed_file_with_an_invalid_group_changes_nothing() throws Exception {
        var seed = file("groups.yaml", "- name: Anxiety\n- name: \"  \"\n");

        var run = bettertalk("groups", "seed", seed.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).isEqualTo("bettertalk: " + seed + " entry 2: name must not be blank; nothing was "
                + "changed\n");
        assertThat(bettertalk("groups", "list").out()).contains("0 groups.");
    }

    @Test
    void seed_file_errors_name_the_entry_and_the_field_in_the_file_s_words_never_a_java_type() throws Exception {
        var files = java.util.Map.of(
                "- name: Anxiety\n- name: [a, b]\n", "entry 2: name must be text",
                "- name: Ok\n  colour: blue\n", "entry 1: has an unknown field \"colour\" (a group has name and "
                        + "description)",
                "name: Anxiety\n", "must be a list of groups, each \"- name: ...\" with an optional description",
                "- Anxiety\n", "entry 1: must be a group with a name and an optional description",
                "- description: no name\n", "entry 1: name must not be blank");
        var n = 0;
        for (var entry : files.entrySet()) {
            var seed = file("seed" + n++ + ".yaml", entry.getKey());

            var run = bettertalk("groups", "seed", seed.toString());

            assertThat(run.code()).as(entry.getKey()).isEqualTo(ExitCodes.FAILURE);
            assertThat(run.err()).as(entry.getKey()).isEqualTo("bettertalk: " + seed + (entry.getValue()
                    .startsWith("entry") ? " " : ": ") + entry.getValue() + "; nothing was changed\n")
                    .doesNotContain("java.").doesNotContain("JsonToken");
        }
        assertThat(bettertalk("groups", "list").out()).contains("0 groups.");
    }

    @Test
    void a_group_created_by_name_is_listed_with_its_member_count() {
        var created = bettertalk("groups", "create", "--name", "Loneliness", "--description", "Connection");
        var again = bettertalk("groups", "create", "--name", "loneliness");

        assertThat(created.code()).isEqualTo(ExitCodes.OK);
        assertThat(again.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(again.err()).contains("A group with that name exists.");
        assertThat(bettertalk("groups", "list").out()).contains("Loneliness").contains("1 group.");
    }

    @Test
    void demo_seed_fills_an_empty_database_and_a_second_run_adds_nothing() {
        var first = bettertalk("demo", "seed", "--json");
        var second = bettertalk("demo", "seed", "--json");

        assertThat(first.code()).isEqualTo(ExitCodes.OK);
        assertThat(first.out()).contains("\"groupsCreated\":5,\"mentorsCreated\":3,\"membersCreated\":3,\"postsWritten\":5");
        assertThat(second.out()).contains("\"groupsCreated\":0,\"mentorsCreated\":0,\"membersCreated\":0,\"postsWritten\":0");
        assertThat(bettertalk("mentor", "list", "--json").out()).contains("\"verified\":true").doesNotContain("false");
    }

    @Test
    void demo_seed_mentors_are_told_apart_by_the_directory_filters() {
        bettertalk("demo", "seed");
        var asha = onboarded("asha");

        var tamil = core.findMentors().find(FindMentors.Query.of(asha, "", List.of("anxiety"), List.of("tamil"), "",
                "", "", ""));

        assertThat(tamil.cards()).extracting(MentorCard::name).containsExactly("meera_listens");
    }

    @Test
    void demo_seed_refuses_a_database_with_real_accounts_unless_forced() {
        onboarded("asha");

        var refused = bettertalk("demo", "seed");
        var forced = bettertalk("demo", "seed", "--force");

        assertThat(refused.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(refused.err()).contains("refusing").contains("--force");
        assertThat(forced.code()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void mentors_are_verified_by_email_and_unverified_by_id() {
        var mentor = applied("ravi_k");
        var email = core.findAccount().find(new FindAccount.Query(Actor.operator(),
                mentor.id().toString())).email().value();

        var waiting = bettertalk("mentor", "list", "--unverified");
        var verified = bettertalk("mentor", "verify", email);
        var waitingAfter = bettertalk("mentor", "list", "--unverified", "--json");
        var unverified = bettertalk("mentor", "unverify", mentor.id().toString());

        assertThat(waiting.out()).contains(mentor.id().toString()).contains("ravi_k").contains("1 mentor.")
                .doesNotContain(email);
        assertThat(verified.code()).isEqualTo(ExitCodes.OK);
        assertThat(verified.out()).isEqualTo("Verified mentor " + mentor.id() + " (ravi_k)." + System.lineSeparator());
        assertThat(waitingAfter.out()).isEqualTo("{\"mentors\":[]}" + System.lineSeparator());
        assertThat(unverified.out()).isEqualTo("Unverified mentor " + mentor.id() + " (ravi_k)."
                + System.lineSeparator());
    }

    @Test
    void verifying_someone_unknown_or_who_is_no_mentor_fails_in_one_line() {
        var asha = onboarded("asha");

        var unknown = bettertalk("mentor", "verify", "nobody@example.com");
        var notAMentor = bettertalk("mentor", "verify", asha.id().toString());

        assertThat(unknown.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(unknown.err()).isEqualTo("bettertalk: user not found" + System.lineSeparator());
        assertThat(notAMentor.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(notAMentor.err()).isEqualTo("bettertalk: mentor not found" + System.lineSeparator());
    }

    @Test
    void users_are_listed_by_role_shown_and_made_admin_and_back() {
        var asha = onboarded("asha");
        applied("ravi_k");
        var email = "asha1@example.com";

        var mentorsOnly = bettertalk("users", "list", "--role", "MENTOR", "--json");
        var granted = bettertalk("users", "grant-admin", email);
        var shown = bettertalk("users", "show", email, "--json");
        var revoked = bettertalk("users", "revoke-admin", asha.id().toString());

        assertThat(mentorsOnly.out()).contains("ravi_k").doesNotContain("asha");
        assertThat(granted.out()).isEqualTo("User " + asha.id() + " (asha) is now an admin (role ADMIN)."
                + System.lineSeparator());
        assertThat(shown.out()).contains("\"role\":\"ADMIN\"").contains("\"username\":\"asha\"")
                .doesNotContain("+919876543210").doesNotContain(email);
        assertThat(revoked.out()).contains("role USER");
    }

    @Test
    void an_unknown_role_is_a_usage_error() {
        var run = bettertalk("users", "list", "--role", "KING");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void the_sweep_expires_exactly_the_chats_ended_by_now() {
        var ended = confirmedChat("asha", "ravi_k", 1);
        var endsLater = confirmedChat("neha", "kiran", 2);
        var endOfFirst = core.readChat().read(new ReadChat.Query(
                ended, chatOf(ended), new ReadChat.Page.Latest(1))).thread().endsAt();

        var justBefore = bettertalkAt(Clock.fixed(endOfFirst.minusNanos(1000), ZoneOffset.UTC),
                "chats", "sweep-expired", "--json");
        var atTheEnd = bettertalkAt(Clock.fixed(endOfFirst, ZoneOffset.UTC), "chats", "sweep-expired", "--json");
        var again = bettertalkAt(Clock.fixed(endOfFirst, ZoneOffset.UTC), "chats", "sweep-expired", "--json");

        assertThat(justBefore.out()).contains("\"chatsClosed\":0,\"bookingsExpired\":0");
        assertThat(atTheEnd.out()).contains("\"chatsClosed\":1,\"bookingsExpired\":1");
        assertThat(again.out()).contains("\"chatsClosed\":0,\"bookingsExpired\":0");
        assertThat(threadOf(ended).active()).isFalse();
        assertThat(threadOf(endsLater).active()).isTrue();
    }

    @Test
    void two_sweeps_at_once_close_every_ended_chat_exactly_once() throws Exception {
        for (var i = 0; i < 40; i++) {
            confirmedChat("seeker" + i, "guide" + i, 1);
        }
        var later = Clock.fixed(clock.instant().plus(Duration.ofDays(2)), ZoneOffset.UTC);

        var runs = new ArrayList<Future<Run>>();
        try (var pool = Executors.newFixedThreadPool(2)) {
            for (var i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> bettertalkAt(later, "chats", "sweep-expired", "--batch", "3", "--json")));
            }
        }

        var closed = 0;
        for (var run : runs) {
            var result = run.get();
            assertThat(result.code()).isIn(ExitCodes.OK, ExitCodes.LOCKED);
            var matcher = Pattern.compile("\"chatsClosed\":(\\d+)").matcher(result.out());
            if (result.code() == ExitCodes.OK && matcher.find()) {
                closed += Integer.parseInt(matcher.group(1));
            }
        }
        assertThat(closed).isEqualTo(40);
    }

    @Test
    void the_session_sweep_deletes_sessions_unused_past_the_idle_limit_and_keeps_the_rest() {
        var asha = onboarded("asha_k");
        var start = new StartSession.Command(asha.id());
        var old = core.startSession().start(start).token();
        clock.advance(SessionPolicy.DEFAULT.idle());
        var fresh = core.startSession().start(start).token();

        var run = bettertalk("sessions", "sweep");
        var again = bettertalk("sessions", "sweep", "--json");
        var badBatch = bettertalk("sessions", "sweep", "--batch", "0");

        assertThat(run.code()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo("Deleted 1 ended session.\n");
        assertThat(again.out().strip()).isEqualTo("{\"deleted\":0}");
        assertThat(badBatch.code()).isEqualTo(ExitCodes.USAGE);
        var sessions = TestDatabases.stores(database).sessions();
        assertThat(sessions.byTokenHash(old.hash())).isEmpty();
        assertThat(sessions.byTokenHash(fresh.hash())).isPresent();
    }

    @Test
    void a_value_out_of_range_is_a_usage_error_naming_the_option_in_every_command() {
        var outOfRange = java.util.Map.of(
                List.of("chats", "sweep-expired", "--batch", "0"), "--batch must be 1 to 10000",
                List.of("chats", "sweep-expired", "--max-batches", "0"), "--max-batches must be at least 1",
                List.of("users", "list", "--limit", "0"), "--limit must be 1 to 100000",
                List.of("mentor", "list", "--limit", "10001"), "--limit must be 1 to 10000",
                List.of("emails", "list", "--limit", "0"), "--limit must be 1 to 10000",
                List.of("emails", "sweep", "--batch", "0"), "--batch must be 1 to 1000",
                List.of("sessions", "sweep", "--batch", "0"), "--batch must be 1 to 10000",
                List.of("moderation", "list", "--limit", "0"), "--limit must be 1 to 500",
                List.of("audit", "list", "--limit", "0"), "--limit must be 1 to 1000");
        var malformed = bettertalk("chats", "sweep-expired", "--batch", "lots");

        outOfRange.forEach((args, said) -> {
            var run = bettertalk(args.toArray(String[]::new));
            assertThat(run.code()).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).as(String.join(" ", args)).startsWith("bettertalk: " + said + " (see ");
        });
        assertThat(malformed.code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void every_command_group_answers_help() {
        for (var group : List.of("mentor", "users", "groups", "chats", "emails", "demo", "db", "serve", "sessions",
                "words", "moderation", "keys", "audit")) {
            var run = bettertalk(group, "--help");

            assertThat(run.code()).as(group).isEqualTo(ExitCodes.OK);
            assertThat(run.out()).as(group).contains("Usage: bettertalk " + group);
        }
    }

    @Test
    void users_export_writes_an_owner_only_zip_says_only_where_and_is_audited() throws Exception {
        var asha = onboarded("asha_k");
        var out = home.resolve("asha.zip");

        var run = bettertalk("users", "export", asha.id().value().toString(), "--why", "DPDP request 7", "--out",
                out.toString());
        var again = bettertalk("users", "export", asha.id().value().toString(), "--why", "again", "--out",
                out.toString());
        var noReason = bettertalk("users", "export", asha.id().value().toString());
        var audit = bettertalk("audit", "list", "--person", asha.id().value().toString(), "--json");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("Wrote the data of account " + asha.id().value() + " to " + out)
                .doesNotContain("@example.com");
        assertThat(java.nio.file.Files.getPosixFilePermissions(out))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        try (var zip = new java.util.zip.ZipFile(out.toFile())) {
            assertThat(new String(zip.getInputStream(zip.getEntry("data.json")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8)).contains("\"username\" : \"asha_k\"");
            assertThat(zip.getEntry("data.html")).isNotNull();
        }
        assertThat(again.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(again.err()).isEqualTo("bettertalk: " + out + " exists already: choose another --out\n");
        assertThat(noReason.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(audit.out()).contains("\"what\":\"data_export\"").contains("\"why\":\"DPDP request 7\"")
                .doesNotContain("\"why\":\"again\"");
        assertThat(again.out()).isEmpty();
    }

    @Test
    void users_erase_needs_the_id_twice_and_then_erases_for_good() {
        var asha = onboarded("asha_k");
        var id = asha.id().value().toString();

        var mismatched = bettertalk("users", "erase", id, "--confirm", "asha_k");
        var noConfirm = bettertalk("users", "erase", id);
        var erased = bettertalk("users", "erase", id, "--confirm", id, "--erase-posts", "--json");
        var again = bettertalk("users", "erase", id, "--confirm", id);

        assertThat(mismatched.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(mismatched.err()).isEqualTo("bettertalk: confirmation: give the account's id again to erase it\n");
        assertThat(noConfirm.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(erased.code()).as(erased.err()).isEqualTo(ExitCodes.OK);
        assertThat(erased.out()).startsWith("{\"erased\":\"" + id + "\",\"posts\":0");
        assertThat(again.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(TestDatabases.stores(database).users().byId(asha.id()).orElseThrow().erased()).isTrue();
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

    private ChatId chatOf(Actor user) {
        return threadOf(user).id();
    }

    private ChatThread threadOf(Actor user) {
        return core.listChats().list(new ListChats.Query(user)).getFirst().thread();
    }
}

package app.bettertalk.mysql.privacy;

import app.bettertalk.core.ContractRows;
import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.chat.Message;
import app.bettertalk.core.chat.MessageId;
import app.bettertalk.core.community.Comment;
import app.bettertalk.core.community.CommentId;
import app.bettertalk.core.identity.AnonymousUsername;
import app.bettertalk.core.identity.Consent;
import app.bettertalk.core.identity.EmailAddress;
import app.bettertalk.core.identity.GoogleSubject;
import app.bettertalk.core.identity.PhoneNumber;
import app.bettertalk.core.identity.Profile;
import app.bettertalk.core.identity.Session;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.notification.Email;
import app.bettertalk.core.privacy.EraseAccount;
import app.bettertalk.core.safetyplan.SafetyPlan;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.mysql.Database;
import app.bettertalk.mysql.Target;
import app.bettertalk.mysql.TestDatabases;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static app.bettertalk.core.ContractRows.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Delete my account" on MariaDB: a person with an account, a profile, a safety plan, posts, comments, a chat with
 * messages, a booking, a session and emails is erased, and then no text column of any table holds their email
 * address, phone number (in any of its forms) or Google subject.
 */
class ErasureLeavesNothingTest {
    private static final String EMAIL = "asha.erasure-test@example.com";
    private static final String PHONE = "+919812345670";
    private static final String SUBJECT = "google-subject-erasure-8f2c1d";
    private static final List<String> TRACES = List.of(EMAIL, PHONE, "9812345670", "98123 45670", SUBJECT);

    @Test
    void after_erasure_no_column_of_any_table_holds_the_person_s_email_phone_or_google_subject() {
        var database = TestDatabases.emptied(getClass(), Target.SERVER);
        var stores = TestDatabases.stores(database);
        var rows = new ContractRows(stores);
        var asha = User.signedUp(UserId.random(), new GoogleSubject(SUBJECT), new EmailAddress(EMAIL), "Asha Rao",
                at(0)).onboard(new Profile(new AnonymousUsername("asha_erase"), new PhoneNumber(PHONE), 30,
                "Asha R", "Call me on 98123 45670"), at(1));
        rows.write(() -> stores.users().add(asha));
        rows.write(() -> stores.users().recordConsent(asha.id(), new Consent(Consent.CURRENT, at(1))));
        rows.write(() -> stores.sessions().add(new Session("hash-" + SUBJECT.length(), asha.id(), "csrf", at(1), at(1),
                at(100))));
        rows.write(() -> stores.safetyPlans().save(new SafetyPlan(asha.id(), new SafetyPlan.Sections(
                "My number is " + PHONE, "", "Mum " + PHONE, "", ""), at(2))));
        var ravi = rows.mentor("ravi_k");
        var group = rows.group("Anxiety", asha);
        var post = rows.post(group, asha, at(3));
        rows.write(() -> stores.comments().add(new Comment(CommentId.random(), post.id(), asha.id(),
                "write to " + EMAIL, at(4))));
        var chat = rows.thread(asha.id(), ravi.id(), at(5), at(5).plusSeconds(3600));
        rows.write(() -> stores.chatMessages().addOnce(new Message(MessageId.random(), chat.id(), asha.id(), "c1",
                "phone me at " + PHONE, at(6))));
        rows.pendingBooking(asha, rows.plan(ravi), at(7));
        rows.write(() -> stores.outbox().queue(new Email.OnboardingCompleted(asha.id(), "asha_erase"), at(8)));
        assertThat(tracesIn(database)).as("seeded").isNotEmpty();

        var erase = new EraseAccount(new EraseAccount.Stores(stores.users(), stores.sessions(), stores.queuedEmails(),
                stores.posts(), stores.comments(), stores.chatMessages(), stores.safetyPlans(), stores.mentors(),
                stores.mentorPhotos(), stores.plans()), new AccessPolicy(), stores.unitOfWork(),
                Clock.fixed(at(9), ZoneOffset.UTC));
        var erased = erase.erase(new EraseAccount.Command(asha.asActor(), asha.id(), "asha_erase", true, true));

        assertThat(erased.messages()).isEqualTo(1);
        assertThat(tracesIn(database)).isEmpty();
        assertThat(stores.users().byId(asha.id()).orElseThrow().erased()).isTrue();
        assertThat(stores.chatThreads().byId(chat.id())).isPresent();
    }

    /** Every "table.column: trace" where a text column of the schema holds one of {@link #TRACES}. */
    private static List<String> tracesIn(Database database) {
        return database.jdbi().withHandle(handle -> {
            var columns = handle.createQuery("""
                            SELECT table_name, column_name FROM information_schema.columns
                            WHERE table_schema = DATABASE()
                              AND data_type IN ('char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext',
                                                'binary', 'varbinary', 'blob', 'mediumblob', 'longblob')
                            ORDER BY table_name, column_name""")
                    .map((rs, ctx) -> List.of(rs.getString(1), rs.getString(2))).list();
            var found = new ArrayList<String>();
            for (var column : columns) {
                for (var trace : TRACES) {
                    var hits = handle.createQuery("SELECT COUNT(*) FROM `" + column.get(0) + "` WHERE CAST(`"
                                    + column.get(1) + "` AS CHAR CHARACTER SET utf8mb4) LIKE ?")
                            .bind(0, "%" + trace + "%").mapTo(Integer.class).one();
                    if (hits > 0) {
                        found.add(column.get(0) + "." + column.get(1) + ": " + trace);
                    }
                }
            }
            return found;
        });
    }
}

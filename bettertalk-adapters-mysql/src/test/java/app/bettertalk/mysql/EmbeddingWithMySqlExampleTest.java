package app.bettertalk.mysql;

import app.bettertalk.core.BetterTalkCore;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.booking.NoPayments;
import app.bettertalk.core.booking.PaymentGateway;
import app.bettertalk.core.community.CreateGroup;
import app.bettertalk.core.community.ListGroups;
import app.bettertalk.core.mailing.FakeMailer;
import app.bettertalk.core.mailing.Mailer;
import app.bettertalk.core.mailing.UnsubscribeTokens;
import app.bettertalk.core.mentor.PhotoCropper;
import app.bettertalk.core.shared.AsciiNameSkeletons;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.NameSkeletons;
import app.bettertalk.mysql.atrest.MasterKeys;
import app.bettertalk.mysql.audit.JdbiAuditTrail;
import app.bettertalk.mysql.booking.JdbiBookings;
import app.bettertalk.mysql.booking.JdbiPaymentLedger;
import app.bettertalk.mysql.chat.JdbiChatMessages;
import app.bettertalk.mysql.chat.JdbiChatReads;
import app.bettertalk.mysql.chat.JdbiChatThreads;
import app.bettertalk.mysql.community.JdbiComments;
import app.bettertalk.mysql.community.JdbiGroups;
import app.bettertalk.mysql.community.JdbiMemberships;
import app.bettertalk.mysql.community.JdbiPosts;
import app.bettertalk.mysql.identity.JdbiSessions;
import app.bettertalk.mysql.identity.JdbiUsers;
import app.bettertalk.mysql.mentor.JdbiMentorDirectory;
import app.bettertalk.mysql.mentor.JdbiMentorRatings;
import app.bettertalk.mysql.mentor.JdbiMentorPhotos;
import app.bettertalk.mysql.mentor.JdbiMentors;
import app.bettertalk.mysql.mentor.JdbiPlans;
import app.bettertalk.mysql.notes.JdbiNotesDocuments;
import app.bettertalk.mysql.mailing.JdbiEmailPreferences;
import app.bettertalk.mysql.mailing.JdbiQueuedEmails;
import app.bettertalk.mysql.notification.JdbiOutbox;
import app.bettertalk.mysql.review.JdbiReviews;
import app.bettertalk.mysql.identity.JdbiBlocks;
import app.bettertalk.mysql.identity.JdbiSuspensions;
import app.bettertalk.mysql.moderation.JdbiModerationCases;
import app.bettertalk.mysql.safety.JdbiWatchedWords;
import app.bettertalk.mysql.safetyplan.JdbiSafetyPlans;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.random.RandomGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/** The example of docs/embedding.md, compiled and run: the core embedded over the MySQL adapter, on MariaDB. */
class EmbeddingWithMySqlExampleTest {

    @Test
    void another_java_program_embeds_the_core_over_the_mysql_adapter() {
        var name = Target.freshSchemaName();
        DatabaseSettings settings = Target.SERVER.newSchema(name);
        try {
            // --- embedding: MySQL ---
            PaymentGateway payments = new NoPayments("this program takes no payments");
            Mailer mailer = new FakeMailer(); // bettertalk-notifications has SmtpMailer and MailboxDirectoryMailer
            PhotoCropper cropper = upload -> { // bettertalk-adapters-web has ImageIoPhotoCropper
                throw new DomainException.Validation("photo", "this program takes no photos");
            };
            byte[] secret = "a secret of at least 32 bytes, kept safe".getBytes(StandardCharsets.UTF_8);
            NameSkeletons skeletons = new AsciiNameSkeletons(); // bettertalk-adapters-icu has IcuNameSkeletons
            MasterKeys masterKeys = MasterKeys.generate(Clock.systemUTC().instant()); // keep them, or nothing sealed can be read
            try (Database database = Database.open(settings, 10, skeletons, () -> masterKeys, Clock.systemUTC())) {
                database.migrate();
                var jdbi = database.jdbi();
                var sealed = database.sealedText();
                BetterTalkCore core = BetterTalkCore.assemble(new BetterTalkCore.Ports(
                        new JdbiUsers(jdbi, skeletons), new JdbiSessions(jdbi), new JdbiMentors(jdbi), new JdbiPlans(jdbi),
                        new JdbiGroups(jdbi), new JdbiMemberships(jdbi), new JdbiPosts(jdbi), new JdbiComments(jdbi),
                        new JdbiBookings(jdbi), new JdbiChatThreads(jdbi), new JdbiChatMessages(jdbi, sealed),
                        new JdbiNotesDocuments(jdbi, sealed), new JdbiOutbox(jdbi), new JdbiUnitOfWork(jdbi),
                        payments, message -> { }, Clock.systemUTC(), new JdbiJobLocks(jdbi),
                        new JdbiQueuedEmails(jdbi), new JdbiEmailPreferences(jdbi), mailer,
                        new UnsubscribeTokens(secret), RandomGenerator.getDefault(),
                        new JdbiMentorRatings(jdbi), new JdbiMentorDirectory(jdbi), new JdbiChatReads(jdbi),
                        new JdbiMentorPhotos(jdbi), cropper, new JdbiReviews(jdbi), new JdbiPaymentLedger(jdbi),
                        new JdbiSafetyPlans(jdbi, sealed), new JdbiModerationCases(jdbi, sealed), new JdbiSuspensions(jdbi),
                        new JdbiBlocks(jdbi), skeletons, new JdbiWatchedWords(jdbi), new JdbiAuditTrail(jdbi)),
                        BetterTalkCore.Rules.DEFAULT);

                core.createGroup().create(new CreateGroup.Command(Actor.operator(), "Anxiety", "Worry, together"));
                var groups = core.listGroups().list(new ListGroups.Query(Actor.operator()));
                // --- end ---

                assertThat(groups).extracting(card -> card.group().name()).containsExactly("Anxiety");
            }
        } finally {
            Target.SERVER.dropSchema(name);
        }
    }
}

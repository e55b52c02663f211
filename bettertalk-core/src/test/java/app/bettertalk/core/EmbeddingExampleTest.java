package app.bettertalk.core;

import app.bettertalk.core.access.Actor;
import app.bettertalk.core.booking.FakePaymentGateway;
import app.bettertalk.core.chat.InMemoryLiveDelivery;
import app.bettertalk.core.community.CreateGroup;
import app.bettertalk.core.community.JoinGroup;
import app.bettertalk.core.community.ListGroups;
import app.bettertalk.core.identity.CompleteOnboarding;
import app.bettertalk.core.identity.Consent;
import app.bettertalk.core.identity.EmailAddress;
import app.bettertalk.core.identity.GoogleSubject;
import app.bettertalk.core.identity.SignIn;
import app.bettertalk.core.mailing.FakeMailer;
import app.bettertalk.core.mailing.UnsubscribeTokens;
import app.bettertalk.core.mentor.FakePhotoCropper;
import app.bettertalk.core.shared.AsciiNameSkeletons;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.random.RandomGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/** The example of docs/embedding.md, compiled and run: the core embedded over its in-memory adapters. */
class EmbeddingExampleTest {

    @Test
    void another_java_program_embeds_the_core_over_in_memory_adapters() {
        // --- embedding: in memory ---
        Stores stores = InMemoryStores.create();
        BetterTalkCore core = BetterTalkCore.assemble(new BetterTalkCore.Ports(
                stores.users(), stores.sessions(), stores.mentors(), stores.plans(), stores.groups(),
                stores.memberships(), stores.posts(), stores.comments(), stores.bookings(), stores.chatThreads(),
                stores.chatMessages(), stores.notes(), stores.outbox(), stores.unitOfWork(),
                new FakePaymentGateway(), new InMemoryLiveDelivery(), Clock.systemUTC(), stores.jobLocks(),
                stores.queuedEmails(), stores.emailPreferences(), new FakeMailer(),
                new UnsubscribeTokens("a secret of at least 32 bytes, kept safe".getBytes(StandardCharsets.UTF_8)),
                RandomGenerator.getDefault(), stores.mentorRatings(), stores.mentorDirectory(), stores.chatReads(),
                stores.mentorPhotos(), new FakePhotoCropper(), stores.reviews(), stores.paymentLedger(),
                stores.safetyPlans(), stores.moderationCases(), stores.suspensions(),
                stores.blocks(), new AsciiNameSkeletons(), stores.watchedWords(), stores.auditTrail()),
                BetterTalkCore.Rules.DEFAULT);

        var user = core.signIn().signIn(new SignIn.Command(new GoogleSubject("google-sub-1"),
                new EmailAddress("asha@example.com"), "Asha")).user();
        Actor asha = core.completeOnboarding().complete(
                new CompleteOnboarding.Command(user.asActor(), "98765 43210", "29", "quiet_river",
                        Consent.CURRENT)).asActor(); // the version of the terms the person agreed to
        var group = core.createGroup().create(new CreateGroup.Command(Actor.operator(), "Anxiety", "Worry, together"));
        core.joinGroup().join(new JoinGroup.Command(asha, group.id()));
        var groups = core.listGroups().list(new ListGroups.Query(asha));
        // --- end ---

        assertThat(groups).singleElement().satisfies(card -> {
            assertThat(card.joined()).isTrue();
            assertThat(card.memberCount()).isEqualTo(1);
        });
    }
}

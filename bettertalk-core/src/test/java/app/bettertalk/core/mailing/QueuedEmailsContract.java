package app.bettertalk.core.mailing;

import app.bettertalk.core.ContractRows;
import app.bettertalk.core.Race;
import app.bettertalk.core.Stores;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.notification.Email;
import app.bettertalk.core.shared.Paise;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static app.bettertalk.core.ContractRows.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link QueuedEmails} store promises; an adapter's test extends this with its own fresh stores. Emails
 * are put in through the {@link app.bettertalk.core.notification.Outbox}, as the use cases do.
 */
public abstract class QueuedEmailsContract {
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    private Stores stores;
    private QueuedEmails queued;
    private ContractRows rows;
    private User asha;

    /** Every port over one empty store. */
    protected abstract Stores freshStores();

    @BeforeEach
    void openStores() {
        stores = freshStores();
        queued = stores.queuedEmails();
        rows = new ContractRows(stores);
        asha = rows.user("asha");
    }

    @Test
    void the_emails_to_one_person_are_listed_newest_first() {
        var ravi = rows.user("ravi");
        var first = queue(confirmation(), at(1));
        var second = queue(confirmation(), at(2));
        queue(new Email.BookingConfirmed(ravi.id(), UUID.randomUUID(), UUID.randomUUID(), "asha", "Plan",
                Paise.ofRupees(499), 7), at(3));

        assertThat(queued.toRecipient(asha.id(), 10)).extracting(QueuedEmail::email).containsExactly(second, first);
        assertThat(queued.toRecipient(asha.id(), 1)).extracting(QueuedEmail::email).containsExactly(second);
    }

    @Test
    void a_claim_takes_the_emails_due_by_its_time_oldest_due_first() {
        var later = queue(confirmation(), at(3));
        var earlier = queue(confirmation(), at(1));
        var exactlyDue = queue(confirmation(), at(5));

        var claimed = queued.claim(leaseAt(at(5)), 10);

        assertThat(claimed).extracting(QueuedEmail::email).containsExactly(earlier, later, exactlyDue);
    }

    @Test
    void an_email_due_after_the_claim_is_left_for_later() {
        queue(confirmation(), at(6));

        var claimed = queued.claim(leaseAt(at(5)), 10);

        assertThat(claimed).isEmpty();
    }

    @Test
    void a_claim_takes_no_more_than_its_limit() {
        for (var i = 0; i < 5; i++) {
            queue(confirmation(), at(i));
        }

        var claimed = queued.claim(leaseAt(at(10)), 3);

        assertThat(claimed).extracting(email -> email.dueAt()).containsExactly(at(0), at(1), at(2));
    }

    @Test
    void a_claimed_email_reads_back_with_every_field() {
        var welcome = new Email.OnboardingCompleted(asha.id(), "asha");
        queue(welcome, at(1));

        var claimed = queued.claim(leaseAt(at(2)), 10);

        assertThat(claimed).singleElement().satisfies(email -> {
            assertThat(email.email()).isEqualTo(welcome);
            assertThat(email.status()).isEqualTo(EmailStatus.QUEUED);
            assertThat(email.attempts()).isZero();
            assertThat(email.dueAt()).isEqualTo(at(1));
            assertThat(email.createdAt()).isEqualTo(at(1));
            assertThat(email.updatedAt()).isEqualTo(at(1));
            assertThat(email.messageId()).isEmpty();
            assertThat(email.lastError()).isEmpty();
            assertThat(email.id().value()).isPositive();
        });
    }

    @Test
    void an_email_claimed_under_a_running_lease_is_not_claimed_again() {
        queue(confirmation(), at(1));
        queued.claim(new Lease("first", at(2), at(7)), 10);

        var second = queued.claim(new Lease("second", at(6), at(11)), 10);

        assertThat(second).isEmpty();
    }

    @Test
    void an_email_whose_lease_expired_is_claimed_again() {
        var email = queue(confirmation(), at(1));
        queued.claim(new Lease("first", at(2), at(7)), 10);

        var second = queued.claim(new Lease("second", at(7), at(12)), 10);

        assertThat(second).extracting(QueuedEmail::email).containsExactly(email);
    }

    @Test
    void recording_it_sent_settles_the_email_with_its_message_id_and_counts_the_attempt() {
        queue(confirmation(), at(1));
        var lease = leaseAt(at(2));
        var id = queued.claim(lease, 10).getFirst().id();

        var recorded = queued.recordOutcome(id, lease, new DeliveryOutcome.Sent("<outbox-1@bettertalk.app>", at(3)));

        assertThat(recorded).isTrue();
        assertThat(queued.byId(id)).hasValueSatisfying(email -> {
            assertThat(email.status()).isEqualTo(EmailStatus.SENT);
            assertThat(email.messageId()).isEqualTo("<outbox-1@bettertalk.app>");
            assertThat(email.attempts()).isEqualTo(1);
            assertThat(email.updatedAt()).isEqualTo(at(3));
        });
    }

    @Test
    void a_sent_email_is_never_claimed_again() {
        queue(confirmation(), at(1));
        var lease = leaseAt(at(2));
        var id = queued.claim(lease, 10).getFirst().id();
        queued.recordOutcome(id, lease, new DeliveryOutcome.Sent("<m@x>", at(3)));

        var later = queued.claim(leaseAt(at(100)), 10);

        assertThat(later).isEmpty();
    }

    @Test
    void an_email_put_off_is_due_again_at_its_new_time_with_the_reason_and_the_attempt_counted() {
        queue(confirmation(), at(1));
        var lease = leaseAt(at(2));
        var id = queued.claim(lease, 10).getFirst().id();
        queued.recordOutcome(id, lease, new DeliveryOutcome.RetryLater("451 try later", at(3), at(10)));

        var tooEarly = queued.claim(leaseAt(at(9)), 10);
        var due = queued.claim(leaseAt(at(10)), 10);

        assertThat(tooEarly).isEmpty();
        assertThat(due).singleElement().satisfies(email -> {
            assertThat(email.status()).isEqualTo(EmailStatus.QUEUED);
            assertThat(email.attempts()).isEqualTo(1);
            assertThat(email.dueAt()).isEqualTo(at(10));
            assertThat(email.lastError()).isEqualTo("451 try later");
        });
    }

    @Test
    void a_failed_email_keeps_its_reason_and_is_never_claimed_again() {
        queue(confirmation(), at(1));
        var lease = leaseAt(at(2));
        var id = queued.claim(lease, 10).getFirst().id();

        queued.recordOutcome(id, lease, new DeliveryOutcome.Failed("550 no such mailbox", at(3)));

        assertThat(queued.byId(id)).hasValueSatisfying(email -> {
            assertThat(email.status()).isEqualTo(EmailStatus.FAILED);
            assertThat(email.lastError()).isEqualTo("550 no such mailbox");
            assertThat(email.attempts()).isEqualTo(1);
        });
        assertThat(queued.claim(leaseAt(at(100)), 10)).isEmpty();
    }

    @Test
    void a_skipped_email_is_settled_without_counting_an_attempt() {
        queue(confirmation(), at(1));
        var lease = leaseAt(at(2));
        var id = queued.claim(lease, 10).getFirst().id();

        queued.recordOutcome(id, lease, new DeliveryOutcome.Skipped("turned off", at(3)));

        assertThat(queued.byId(id)).hasValueSatisfying(email -> {
            assertThat(email.status()).isEqualTo(EmailStatus.SKIPPED);
            assertThat(email.attempts()).isZero();
            assertThat(email.lastError()).isEqualTo("turned off");
        });
    }

    @Test
    void an_outcome_under_a_lease_another_claim_took_over_is_refused_and_changes_nothing() {
        queue(confirmation(), at(1));
        var expired = new Lease("first", at(2), at(7));
        var id = queued.claim(expired, 10).getFirst().id();
        queued.claim(new Lease("second", at(8), at(13)), 10);

        var recorded = queued.recordOutcome(id, expired, new DeliveryOutcome.Sent("<late@x>", at(9)));

        assertThat(recorded).isFalse();
        assertThat(queued.byId(id)).hasValueSatisfying(email -> {
            assertThat(email.status()).isEqualTo(EmailStatus.QUEUED);
            assertThat(email.attempts()).isZero();
        });
    }

    @Test
    void an_outcome_for_an_email_never_claimed_is_refused() {
        queue(confirmation(), at(1));
        var id = queued.list(Set.of(), 10).getFirst().id();

        var recorded = queued.recordOutcome(id, leaseAt(at(2)), new DeliveryOutcome.Sent("<m@x>", at(2)));

        assertThat(recorded).isFalse();
        assertThat(queued.byId(id).orElseThrow().status()).isEqualTo(EmailStatus.QUEUED);
    }

    @Test
    void a_second_outcome_for_the_same_claim_is_refused() {
        queue(confirmation(), at(1));
        var lease = leaseAt(at(2));
        var id = queued.claim(lease, 10).getFirst().id();
        queued.recordOutcome(id, lease, new DeliveryOutcome.Sent("<m@x>", at(3)));

        var again = queued.recordOutcome(id, lease, new DeliveryOutcome.Failed("late failure", at(4)));

        assertThat(again).isFalse();
        assertThat(queued.byId(id).orElseThrow().status()).isEqualTo(EmailStatus.SENT);
    }

    @Test
    void a_reason_of_a_thousand_characters_is_kept_whole() {
        queue(confirmation(), at(1));
        var lease = leaseAt(at(2));
        var id = queued.claim(lease, 10).getFirst().id();
        var reason = "ü".repeat(1_500);

        queued.recordOutcome(id, lease, new DeliveryOutcome.Failed(reason, at(3)));

        assertThat(queued.byId(id).orElseThrow().lastError()).isEqualTo("ü".repeat(1_000));
    }

    @Test
    void listing_by_status_gives_the_newest_first_within_the_limit() {
        var ids = new ArrayList<QueuedEmailId>();
        for (var i = 0; i < 4; i++) {
            queue(confirmation(), at(i));
        }
        var lease = leaseAt(at(10));
        for (var email : queued.claim(lease, 10)) {
            ids.add(email.id());
        }
        queued.recordOutcome(ids.get(0), lease, new DeliveryOutcome.Failed("550", at(11)));
        queued.recordOutcome(ids.get(1), lease, new DeliveryOutcome.Sent("<m@x>", at(11)));
        queued.recordOutcome(ids.get(2), lease, new DeliveryOutcome.Failed("550", at(11)));
        queued.recordOutcome(ids.get(3), lease, new DeliveryOutcome.Failed("550", at(11)));

        var failed = queued.list(Set.of(EmailStatus.FAILED), 2);
        var failedOrSent = queued.list(Set.of(EmailStatus.FAILED, EmailStatus.SENT), 10);
        var skipped = queued.list(Set.of(EmailStatus.SKIPPED), 10);

        assertThat(failed).extracting(QueuedEmail::id).containsExactly(ids.get(3), ids.get(2));
        assertThat(failedOrSent).extracting(QueuedEmail::id).containsExactly(ids.get(3), ids.get(2), ids.get(1),
                ids.get(0));
        assertThat(skipped).isEmpty();
    }

    @Test
    void listing_without_a_status_lists_every_email() {
        queue(confirmation(), at(1));
        queue(confirmation(), at(2));

        var all = queued.list(Set.of(), 10);

        assertThat(all).hasSize(2);
    }

    @Test
    void a_failed_email_queued_again_is_due_then_with_no_attempts_and_its_last_error_kept() {
        queue(confirmation(), at(1));
        var lease = leaseAt(at(2));
        var id = queued.claim(lease, 10).getFirst().id();
        queued.recordOutcome(id, lease, new DeliveryOutcome.Failed("550 no such mailbox", at(3)));

        var requeued = queued.requeue(id, at(20));

        assertThat(requeued).isTrue();
        assertThat(queued.claim(leaseAt(at(19)), 10)).isEmpty();
        assertThat(queued.claim(leaseAt(at(20)), 10)).singleElement().satisfies(email -> {
            assertThat(email.id()).isEqualTo(id);
            assertThat(email.status()).isEqualTo(EmailStatus.QUEUED);
            assertThat(email.attempts()).isZero();
            assertThat(email.lastError()).isEqualTo("550 no such mailbox");
        });
    }

    @Test
    void an_email_that_has_not_failed_is_not_queued_again() {
        queue(confirmation(), at(1));
        var lease = leaseAt(at(2));
        var id = queued.claim(lease, 10).getFirst().id();
        queued.recordOutcome(id, lease, new DeliveryOutcome.Sent("<m@x>", at(3)));

        var requeued = queued.requeue(id, at(20));

        assertThat(requeued).isFalse();
        assertThat(queued.byId(id).orElseThrow().status()).isEqualTo(EmailStatus.SENT);
    }

    @Test
    void an_unknown_email_is_not_found() {
        assertThat(queued.byId(new QueuedEmailId(987_654_321L))).isEmpty();
        assertThat(queued.requeue(new QueuedEmailId(987_654_321L), at(1))).isFalse();
    }

    @Test
    void two_racing_claims_never_share_an_email() throws Exception {
        for (var i = 0; i < 40; i++) {
            queue(confirmation(), at(1));
        }

        var claims = Race.of(() -> queued.claim(new Lease("one", at(2), at(7)), 30),
                () -> queued.claim(new Lease("two", at(2), at(7)), 30));

        var seen = new HashSet<QueuedEmailId>();
        claims.forEach(claim -> claim.forEach(email -> assertThat(seen.add(email.id()))
                .as("claimed twice: %s", email.id()).isTrue()));
        // A server's SKIP LOCKED lets the second claim take the next 10; H2 may hand it nothing while the first holds
        // the rows its limit covers. Either way no email is claimed twice, and one claim gets its full 30.
        assertThat(seen).hasSizeBetween(30, 40);
    }

    private Email.BookingConfirmed confirmation() {
        return new Email.BookingConfirmed(asha.id(), UUID.randomUUID(), UUID.randomUUID(), "ravi_k",
                "Support - 7 days chat", Paise.ofRupees(499), 7);
    }

    private <E extends Email> E queue(E email, Instant at) {
        rows.inTransaction(() -> stores.outbox().queue(email, at));
        return email;
    }

    private static Lease leaseAt(Instant at) {
        return new Lease(UUID.randomUUID().toString(), at, at.plus(FIVE_MINUTES));
    }
}

/**
 * Sending the emails the features queued in the {@link app.bettertalk.core.notification.Outbox}, and what people
 * chose to receive. {@link app.bettertalk.core.mailing.SendQueuedEmails} claims due emails under a lease (so two
 * dispatchers never send the same one), skips optional kinds their recipient turned off, hands the rest to a {@link
 * app.bettertalk.core.mailing.Mailer} and records each outcome: sent, retried later with exponential backoff and
 * jitter, or failed with its reason. Delivery is at least once: a dispatcher that dies between the mail server's
 * acceptance and recording it leaves that one email to be sent again after its lease expires, never more than once
 * per death, under the same Message-ID. Kinds 3 to 5 may be turned off from the profile or by a signed unsubscribe
 * link; onboarding and booking emails always go out. This package is apart from {@code notification} because it
 * reads accounts, and {@code identity} queues notifications: one package would make the two a cycle.
 */
package app.bettertalk.core.mailing;

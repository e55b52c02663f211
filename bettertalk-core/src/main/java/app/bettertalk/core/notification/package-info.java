/**
 * The emails BetterTalk owes people, as records a use case queues into the {@link
 * app.bettertalk.core.notification.Outbox} inside its own unit of work: onboarding completed, booking confirmed, chat
 * window opened or extended, first message of a chat, a new message after a quiet period, and the invitation to review
 * a session once its chat has ended. Each carries a deduplication key so the same event never queues twice. No email
 * carries what anyone wrote in a chat.
 */
package app.bettertalk.core.notification;

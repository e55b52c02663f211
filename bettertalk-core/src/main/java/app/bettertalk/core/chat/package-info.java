/**
 * The one-to-one chat: exactly one {@link app.bettertalk.core.chat.ChatThread} per user and mentor, whose
 * {@link app.bettertalk.core.chat.ChatWindow} each confirmed booking opens or extends from the later of now and its
 * end, so paid days are never lost. Only the two participants read it; sending needs {@code now < endsAt} by the
 * clock, else {@code ChatExpired}; reading stays allowed after expiry. A retried send (same sender, same client
 * message id) is stored once. The {@link app.bettertalk.core.chat.Countdown} wording lives here, in one function,
 * and so do the words for where a booked session stands ({@link app.bettertalk.core.chat.SessionState}), which
 * follow the clock: a window that has ended reads "Ended" at once, before the sweep marks anything expired.
 */
package app.bettertalk.core.chat;

/**
 * Mentors and the plans they sell. A user applies with a headline, bio, expertise tags, languages and optional
 * years of experience and becomes an unverified mentor; only an admin verifies or unverifies. A plan has a title,
 * description, price in paise, optional live-session minutes, a chat window of 1 to 90 days and an active flag, and
 * is shown for editing to, and changed by, its mentor only. Only active plans of verified mentors can be booked.
 */
package app.bettertalk.core.mentor;

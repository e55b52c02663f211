/**
 * Mentors and the plans they sell. A user applies with a public name (the name they are known by on their page and
 * in the directory, 2 to 60 characters, by default their account's name; members stay anonymous), a headline, bio,
 * expertise tags, languages and optional years of experience, and becomes an unverified mentor; only an admin
 * verifies or unverifies. A verified mentor's page and photo are public, visitors who have not signed in included. A
 * mentor may upload a photo (JPEG or PNG, at most 2 MB), kept as a square {@link app.bettertalk.core.mentor.Portrait}
 * that a {@link app.bettertalk.core.mentor.PhotoCropper} adapter decoded and encoded afresh, or remove it. A plan has
 * a title, description, price in paise, optional live-session minutes, a chat window of 1 to 90 days and an active
 * flag, and is shown for editing to, and changed by, its mentor only. Only active plans of verified mentors can be
 * booked.
 */
package app.bettertalk.core.mentor;

/**
 * Topic groups, their members, posts and comments. Any onboarded person may read a group and join or leave it
 * (both idempotent); only members post and comment. Content is stripped, not blank, at most 10,000 characters for a
 * post and 2,000 for a comment. Authors are shown by anonymous username, with a verified flag for verified mentors.
 * A post or comment is edited and deleted by its writer alone, even after leaving the group: an edit is screened and
 * masked as new text is and marks it edited; a deleted one is kept for moderators but shown to no one, and a deleted
 * post takes its comments out of sight with it.
 */
package app.bettertalk.core.community;

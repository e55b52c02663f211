/**
 * Topic groups, their members, posts and comments. Any onboarded person may read a group and join or leave it
 * (both idempotent); only members post and comment. Content is stripped, not blank, at most 10,000 characters for a
 * post and 2,000 for a comment. Authors are shown by anonymous username, with a verified flag for verified mentors.
 */
package app.bettertalk.core.community;

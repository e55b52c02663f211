/**
 * Keeping the community safe: members report posts, comments, chat messages and profiles; the crisis screen raises
 * its own concerns; each reported thing is one {@link app.bettertalk.core.moderation.ModerationCase} that
 * moderators decide (dismiss, hide, warn, suspend, ban), crisis cases first. A reporter stays anonymous to the person
 * reported, and a chat message is read by a moderator only when reported, each read recorded.
 */
package app.bettertalk.core.moderation;

/**
 * Reviews of paid sessions: the {@link app.bettertalk.core.review.Review} a member writes of one booking and the
 * reviewed mentor's one public {@link app.bettertalk.core.review.Reply}. Rules: one review per booking, by the person
 * who booked it, once it is paid and its chat has ended by the clock (the sweep need not have run); 1 to 5 stars and
 * at most 2,000 characters of text; the member may change it for 14 days after writing it. The mentor replies once
 * and may change the reply for 14 days after first posting it; there is no second reply and no removal. Reviews are
 * public wherever their mentor is, under the member's anonymous username only, newest first. Who may do which is
 * {@link app.bettertalk.core.access.AccessPolicy}'s to say.
 */
package app.bettertalk.core.review;

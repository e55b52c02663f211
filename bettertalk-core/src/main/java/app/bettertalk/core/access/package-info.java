/**
 * Who may do what: the {@link app.bettertalk.core.access.Actor} behind every command and the one
 * {@link app.bettertalk.core.access.AccessPolicy} every use case asks. Rules: onboarding first; own profile; group
 * membership to write; mentor owns plan; a plan is booked by anyone but its mentor while active and its mentor
 * verified; only the two participants read a chat; only the thread's mentor writes its notes; the person who booked
 * reviews a paid booking once its chat has ended, and only the reviewed mentor replies; a safety plan is its owner's
 * alone; admins verify mentors and may read everything that is not a chat message, a note or a safety plan.
 */
package app.bettertalk.core.access;

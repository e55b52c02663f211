/**
 * A member's personal safety plan, after the Stanley-Brown safety plan: one {@link
 * app.bettertalk.core.safetyplan.SafetyPlan} per person, written in their own words beside the helplines of "Get help
 * now": the warning signs that a crisis may be coming, what they can do to cope on their own, the people to call, and
 * optionally their reasons for living and how to make their surroundings safer. Rules: only onboarded members keep a
 * plan; a plan is read and written by its owner alone, and to anyone else, admins and the operator too, it does not
 * exist (no admin page, report or command shows it); saving replaces the whole plan.
 */
package app.bettertalk.core.safetyplan;

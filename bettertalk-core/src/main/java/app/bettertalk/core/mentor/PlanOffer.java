package app.bettertalk.core.mentor;

/**
 * A plan as someone about to book it sees it: the plan and the verified mentor who offers it. {@code bookable}:
 * {@code BookPlan} would book it for the viewer ({@link app.bettertalk.core.access.AccessPolicy#mayBook}); it is
 * not for the plan's own mentor.
 */
public record PlanOffer(Plan plan, String mentorName, boolean bookable) {
}

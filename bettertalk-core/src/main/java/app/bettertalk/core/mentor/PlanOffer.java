package app.bettertalk.core.mentor;

/** A plan as someone about to book it sees it: the plan and the verified mentor who offers it. */
public record PlanOffer(Plan plan, String mentorName) {
}

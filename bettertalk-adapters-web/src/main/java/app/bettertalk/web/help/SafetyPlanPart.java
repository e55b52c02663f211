package app.bettertalk.web.help;

import app.bettertalk.core.safetyplan.SafetyPlan;
import app.bettertalk.display.IndiaTime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The safety plan part of "Get help now", ready to show: whether the person keeps a plan here (signed in and
 * onboarded, as the core decides), its sections as saved or as just typed, when it was last saved, the "Saved" notice,
 * and what to change when a save was refused.
 *
 * @param savedAt when the plan was last saved, as people in India read it; empty before the first save
 */
public record SafetyPlanPart(boolean kept, List<PlanSection> sections, String savedAt, boolean saved, String error) {
    /** The sections in the order of the Stanley-Brown plan, the last two for those who want them. */
    private static final List<PlanSection> BLANK = List.of(
            new PlanSection("warningSigns", "My warning signs",
                    "Thoughts, moods or situations that tell you a crisis may be starting.", ""),
            new PlanSection("copingSteps", "Things I can do on my own",
                    "What helps you get through a hard moment: a walk, music, a shower, slow breathing.", ""),
            new PlanSection("peopleToCall", "People I can call",
                    "Friends, family or a counsellor, with their numbers. The helplines above are always there too.",
                    ""),
            new PlanSection("reasonsForLiving", "My reasons for living",
                    "Optional: the people, hopes and things that matter most to you.", ""),
            new PlanSection("safeSurroundings", "Making my surroundings safer",
                    "Optional: how you can keep away from things you could use to hurt yourself.", ""));

    public SafetyPlanPart {
        sections = List.copyOf(sections);
    }

    /** For a visitor or someone still onboarding: the page invites them instead. */
    static SafetyPlanPart notKept() {
        return new SafetyPlanPart(false, BLANK, "", false, "");
    }

    /** The member's plan as last saved, or an empty one to write. */
    static SafetyPlanPart of(Optional<SafetyPlan> plan, boolean saved) {
        var sections = plan.map(SafetyPlan::sections).orElse(SafetyPlan.Sections.EMPTY);
        return new SafetyPlanPart(true, filled(List.of(sections.warningSigns(), sections.copingSteps(),
                sections.peopleToCall(), sections.reasonsForLiving(), sections.safeSurroundings())),
                plan.map(found -> IndiaTime.format(found.updatedAt())).orElse(""), saved, "");
    }

    /** What the member just typed, kept as it was, with what to change; nothing they wrote is lost. */
    static SafetyPlanPart retyped(Map<String, String> typed, String error) {
        return new SafetyPlanPart(true, filled(BLANK.stream().map(section -> typed.get(section.field())).toList()),
                "", false, error);
    }

    /** The form's fields, in order. */
    static List<String> fields() {
        return BLANK.stream().map(PlanSection::field).toList();
    }

    /** The heading of the section {@code field}, for a refusal that names it. */
    static String title(String field) {
        return BLANK.stream().filter(section -> section.field().equals(field)).map(PlanSection::title).findFirst()
                .orElse(field);
    }

    /** Whether the page shows the saved plan to read: something is written, and no refused save is open. */
    public boolean showsPlan() {
        return error.isEmpty() && sections.stream().anyMatch(section -> !section.text().isEmpty());
    }

    /** The form starts open when there is no plan to read yet, or a refused save needs changing. */
    public boolean formOpen() {
        return !showsPlan();
    }

    private static List<PlanSection> filled(List<String> texts) {
        var filled = new ArrayList<PlanSection>();
        for (var i = 0; i < BLANK.size(); i++) {
            var section = BLANK.get(i);
            filled.add(new PlanSection(section.field(), section.title(), section.hint(), texts.get(i)));
        }
        return filled;
    }
}

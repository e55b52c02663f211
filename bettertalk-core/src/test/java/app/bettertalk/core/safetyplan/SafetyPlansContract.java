package app.bettertalk.core.safetyplan;

import app.bettertalk.core.ContractRows;
import app.bettertalk.core.Stores;
import app.bettertalk.core.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static app.bettertalk.core.ContractRows.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** What every {@link SafetyPlans} store promises; an adapter's test extends this with its own fresh stores. */
public abstract class SafetyPlansContract {
    private static final SafetyPlan.Sections WRITTEN = new SafetyPlan.Sections(
            "Not sleeping.\nSkipping meals, and not answering calls.",
            "A walk to the lake; the playlist Priya made me; a cold shower.",
            "Priya 98765 43210\nAmma 91234 56789",
            "My cat Biscuit. Finishing the course.",
            "Give the pills to Amma to keep.");

    private Stores stores;
    private SafetyPlans plans;
    private ContractRows rows;
    private User asha;
    private User ravi;

    /** Every port over one empty store. */
    protected abstract Stores freshStores();

    @BeforeEach
    void openStores() {
        stores = freshStores();
        plans = stores.safetyPlans();
        rows = new ContractRows(stores);
        asha = rows.user("asha");
        ravi = rows.user("ravi_k");
    }

    @Test
    void nobody_has_a_plan_before_saving_one() {
        assertThat(plans.of(asha.id())).isEmpty();
    }

    @Test
    void a_saved_plan_reads_back_as_it_was_saved() {
        var plan = new SafetyPlan(asha.id(), WRITTEN, at(1));

        rows.write(() -> plans.save(plan));

        assertThat(plans.of(asha.id())).contains(plan);
    }

    @Test
    void saving_again_replaces_the_whole_plan() {
        rows.write(() -> plans.save(new SafetyPlan(asha.id(), WRITTEN, at(1))));
        var changed = new SafetyPlan(asha.id(), new SafetyPlan.Sections("Staying in bed all day.", "", "Priya", "",
                ""), at(2));

        rows.write(() -> plans.save(changed));

        assertThat(plans.of(asha.id())).contains(changed);
    }

    @Test
    void a_plan_saved_empty_is_kept_empty() {
        rows.write(() -> plans.save(new SafetyPlan(asha.id(), WRITTEN, at(1))));

        rows.write(() -> plans.save(new SafetyPlan(asha.id(), SafetyPlan.Sections.EMPTY, at(2))));

        assertThat(plans.of(asha.id())).hasValueSatisfying(plan -> {
            assertThat(plan.sections().isEmpty()).isTrue();
            assertThat(plan.updatedAt()).isEqualTo(at(2));
        });
    }

    @Test
    void every_section_keeps_its_longest_text_in_any_script() {
        var hindi = "मेरी बहन को फोन करना। ".repeat(100);
        var sections = new SafetyPlan.Sections("🌧️".repeat(1_000), "ஆழமாக மூச்சு விடு ".repeat(100),
                hindi.substring(0, SafetyPlan.Sections.MAX_LENGTH).strip(), "😊".repeat(2_000), "x".repeat(2_000));
        var plan = new SafetyPlan(asha.id(), sections, at(1));

        rows.write(() -> plans.save(plan));

        assertThat(plans.of(asha.id())).contains(plan);
    }

    @Test
    void one_persons_plan_is_not_anothers() {
        rows.write(() -> plans.save(new SafetyPlan(asha.id(), WRITTEN, at(1))));

        assertThat(plans.of(ravi.id())).isEmpty();
    }

    @Test
    void two_people_keep_their_own_plans() {
        var ashas = new SafetyPlan(asha.id(), WRITTEN, at(1));
        var ravis = new SafetyPlan(ravi.id(), new SafetyPlan.Sections("", "Cricket with my cousins.", "", "", ""),
                at(2));

        rows.write(() -> {
            plans.save(ashas);
            plans.save(ravis);
        });

        assertThat(plans.of(asha.id())).contains(ashas);
        assertThat(plans.of(ravi.id())).contains(ravis);
    }

    @Test
    void work_that_throws_leaves_the_plan_as_it_was() {
        var before = new SafetyPlan(asha.id(), WRITTEN, at(1));
        rows.write(() -> plans.save(before));

        var failed = catchThrowable(() -> rows.write(() -> {
            plans.save(new SafetyPlan(asha.id(), SafetyPlan.Sections.EMPTY, at(2)));
            throw new IllegalStateException("boom");
        }));

        assertThat(failed).isInstanceOf(IllegalStateException.class);
        assertThat(plans.of(asha.id())).contains(before);
    }
}

package app.bettertalk.core.mentor;

import app.bettertalk.core.ContractRows;
import app.bettertalk.core.Stores;
import app.bettertalk.core.shared.Paise;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static app.bettertalk.core.ContractRows.at;
import static app.bettertalk.core.ContractRows.newPlan;
import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link Plans} store promises; an adapter's test extends this with its own fresh stores. */
public abstract class PlansContract {
    private Plans plans;
    private ContractRows rows;

    /** Every port over one empty store. */
    protected abstract Stores freshStores();

    @BeforeEach
    void openStores() {
        var stores = freshStores();
        plans = stores.plans();
        rows = new ContractRows(stores);
    }

    @Test
    void a_plan_reads_back_with_every_field() {
        var ravi = rows.mentor("ravi_k");
        var plan = new Plan(PlanId.random(), ravi.id(), "Deep support – 30 days", "Daily check-ins.\nनमस्ते 🌱",
                new Paise(149_999), 45, 30, CancellationRule.NO_REFUNDS, false, at(0), at(2));

        rows.write(() -> plans.add(plan));

        assertThat(plans.byId(plan.id())).contains(plan);
    }

    @Test
    void a_plan_without_description_or_live_session_reads_back_so() {
        var ravi = rows.mentor("ravi_k");
        var plan = new Plan(PlanId.random(), ravi.id(), "Chat only", "", Paise.ofRupees(1), 0, 1,
                CancellationRule.DEFAULT, true, at(0),
                at(0));

        rows.write(() -> plans.add(plan));

        assertThat(plans.byId(plan.id())).contains(plan);
    }

    @Test
    void an_unknown_id_finds_no_plan() {
        rows.plan(rows.mentor("ravi_k"));

        assertThat(plans.byId(PlanId.random())).isEmpty();
    }

    @Test
    void a_mentors_plans_are_listed_oldest_first_inactive_ones_included() {
        var ravi = rows.mentor("ravi_k");
        var newest = offered(ravi, at(30));
        var oldest = offered(ravi, at(10)).withActive(false, at(40));
        rows.write(() -> plans.update(oldest));
        var middle = offered(ravi, at(20));

        assertThat(plans.ofMentor(ravi.id())).containsExactly(oldest, middle, newest);
    }

    @Test
    void a_mentors_plans_leave_out_other_mentors_plans() {
        var ravi = rows.mentor("ravi_k");
        var meera = rows.mentor("meera");
        var his = rows.plan(ravi);
        rows.plan(meera);

        assertThat(plans.ofMentor(ravi.id())).containsExactly(his);
    }

    @Test
    void a_mentor_without_plans_has_none_listed() {
        rows.plan(rows.mentor("ravi_k"));
        var meera = rows.mentor("meera");

        assertThat(plans.ofMentor(meera.id())).isEmpty();
    }

    @Test
    void updating_a_plan_replaces_every_stored_field() {
        var plan = rows.plan(rows.mentor("ravi_k"));
        var changed = plan.withTerms(new Plan.Terms("Weekend support", "Saturdays and Sundays.", new Paise(29_900),
                0, 2), at(5)).withActive(false, at(6));

        rows.write(() -> plans.update(changed));

        assertThat(plans.byId(plan.id())).contains(changed);
    }

    private Plan offered(Mentor mentor, Instant at) {
        var plan = newPlan(mentor.id(), at);
        rows.write(() -> plans.add(plan));
        return plan;
    }
}

package app.bettertalk.mysql.safetyplan;

import app.bettertalk.core.safetyplan.SafetyPlan;
import app.bettertalk.core.safetyplan.SafetyPlans;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.mysql.Columns;
import app.bettertalk.mysql.StoreErrors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.util.Optional;

/** {@link SafetyPlans} in {@code safety_plans}, one row per member, a column per section. */
public final class JdbiSafetyPlans implements SafetyPlans {
    private static final String UPDATE = """
            UPDATE safety_plans SET warning_signs = ?, coping_steps = ?, people_to_call = ?, reasons_for_living = ?,
                safe_surroundings = ?, updated_at = ?
            WHERE user_id = ?""";
    private static final String INSERT = """
            INSERT INTO safety_plans (warning_signs, coping_steps, people_to_call, reasons_for_living,
                safe_surroundings, updated_at, user_id)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";

    private final Jdbi jdbi;

    public JdbiSafetyPlans(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<SafetyPlan> of(UserId owner) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT warning_signs, coping_steps, people_to_call, reasons_for_living, safe_surroundings,
                               updated_at
                        FROM safety_plans WHERE user_id = ?""")
                .bind(0, Columns.id(owner.value()))
                .map((rs, ctx) -> new SafetyPlan(owner, new SafetyPlan.Sections(rs.getString("warning_signs"),
                        rs.getString("coping_steps"), rs.getString("people_to_call"),
                        rs.getString("reasons_for_living"), rs.getString("safe_surroundings")),
                        Columns.instant(rs, "updated_at")))
                .findOne());
    }

    /** An update, else an insert; an insert that lost a race to another one updates the row that won. */
    @Override
    public void save(SafetyPlan plan) {
        jdbi.useHandle(handle -> {
            if (write(handle, plan, UPDATE) > 0) {
                return;
            }
            try {
                write(handle, plan, INSERT);
            } catch (RuntimeException e) {
                if (StoreErrors.duplicateKey(e).isEmpty()) {
                    throw e;
                }
                write(handle, plan, UPDATE);
            }
        });
    }

    /** Runs {@code sql}, whose parameters are the five sections, the time and the owner, in that order. */
    private static int write(Handle handle, SafetyPlan plan, String sql) {
        var sections = plan.sections();
        return handle.createUpdate(sql)
                .bind(0, sections.warningSigns()).bind(1, sections.copingSteps()).bind(2, sections.peopleToCall())
                .bind(3, sections.reasonsForLiving()).bind(4, sections.safeSurroundings())
                .bind(5, Columns.at(plan.updatedAt())).bind(6, Columns.id(plan.owner().value())).execute();
    }
}

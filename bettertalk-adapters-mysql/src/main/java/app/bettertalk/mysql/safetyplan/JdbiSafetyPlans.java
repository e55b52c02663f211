package app.bettertalk.mysql.safetyplan;

import app.bettertalk.core.safetyplan.SafetyPlan;
import app.bettertalk.core.safetyplan.SafetyPlans;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.mysql.Columns;
import app.bettertalk.mysql.StoreErrors;
import app.bettertalk.mysql.atrest.SealedText;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.util.List;
import java.util.Optional;

/**
 * {@link SafetyPlans} in {@code safety_plans}, one row per member, a column per section, each sealed under the
 * member's own data key.
 */
public final class JdbiSafetyPlans implements SafetyPlans {
    private static final String UPDATE = """
            UPDATE safety_plans SET warning_signs = ?, coping_steps = ?, people_to_call = ?, reasons_for_living = ?,
                safe_surroundings = ?, updated_at = ?
            WHERE user_id = ?""";
    private static final String INSERT = """
            INSERT INTO safety_plans (warning_signs, coping_steps, people_to_call, reasons_for_living,
                safe_surroundings, updated_at, user_id)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";

    private static final List<String> SECTIONS = List.of("warning_signs", "coping_steps", "people_to_call",
            "reasons_for_living", "safe_surroundings");

    private final Jdbi jdbi;
    private final SealedText sealed;

    public JdbiSafetyPlans(Jdbi jdbi, SealedText sealed) {
        this.jdbi = jdbi;
        this.sealed = sealed;
    }

    @Override
    public Optional<SafetyPlan> of(UserId owner) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT warning_signs, coping_steps, people_to_call, reasons_for_living, safe_surroundings,
                               updated_at
                        FROM safety_plans WHERE user_id = ?""")
                .bind(0, Columns.id(owner.value()))
                .map((rs, ctx) -> {
                    var text = new String[SECTIONS.size()];
                    for (var i = 0; i < text.length; i++) {
                        var column = SECTIONS.get(i);
                        text[i] = sealed.open(SealedText.person(owner.value()), row(column, owner),
                                rs.getString(column));
                    }
                    return new SafetyPlan(owner, new SafetyPlan.Sections(text[0], text[1], text[2], text[3], text[4]),
                            Columns.instant(rs, "updated_at"));
                })
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
    private int write(Handle handle, SafetyPlan plan, String sql) {
        var sections = plan.sections();
        var text = List.of(sections.warningSigns(), sections.copingSteps(), sections.peopleToCall(),
                sections.reasonsForLiving(), sections.safeSurroundings());
        var update = handle.createUpdate(sql);
        for (var i = 0; i < SECTIONS.size(); i++) {
            update.bind(i, sealed.seal(SealedText.person(plan.owner().value()), row(SECTIONS.get(i), plan.owner()),
                    text.get(i)));
        }
        return update.bind(5, Columns.at(plan.updatedAt())).bind(6, Columns.id(plan.owner().value())).execute();
    }

    private static String row(String column, UserId owner) {
        return SealedText.row("safety_plans." + column, owner.value());
    }

    /** Deletes the row and the member's data key, so no copy of the row that survives anywhere can be opened. */
    @Override
    public void remove(UserId owner) {
        jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM safety_plans WHERE user_id = ?")
                .bind(0, Columns.id(owner.value())).execute());
        sealed.forget(SealedText.person(owner.value()));
    }
}

package app.bettertalk.mysql.mentor;

import app.bettertalk.core.mentor.CancellationRule;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.mentor.PlanId;
import app.bettertalk.core.mentor.Plans;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.mysql.Columns;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** {@link Plans} in {@code mentor_plans}. */
public final class JdbiPlans implements Plans {
    private final Jdbi jdbi;

    public JdbiPlans(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Plan> byId(PlanId id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM mentor_plans WHERE id = ?")
                .bind(0, Columns.id(id.value())).map(JdbiPlans::plan).findOne());
    }

    @Override
    public List<Plan> ofMentor(UserId mentor) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM mentor_plans WHERE mentor_id = ? ORDER BY created_at, id")
                .bind(0, Columns.id(mentor.value())).map(JdbiPlans::plan).list());
    }

    @Override
    public void add(Plan plan) {
        write("""
                INSERT INTO mentor_plans (mentor_id, title, description, price_paise, live_session_minutes,
                                          chat_window_days, is_active, created_at, updated_at, cancellation_rule,
                                          id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", plan);
    }

    @Override
    public void update(Plan plan) {
        write("""
                UPDATE mentor_plans SET mentor_id = ?, title = ?, description = ?, price_paise = ?,
                                        live_session_minutes = ?, chat_window_days = ?, is_active = ?,
                                        created_at = ?, updated_at = ?, cancellation_rule = ?
                WHERE id = ?""", plan);
    }

    private void write(String sql, Plan plan) {
        jdbi.useHandle(handle -> handle.createUpdate(sql)
                .bind(0, Columns.id(plan.mentor().value()))
                .bind(1, plan.title())
                .bind(2, plan.description())
                .bind(3, plan.price().value())
                .bind(4, plan.liveSessionMinutes())
                .bind(5, plan.chatWindowDays())
                .bind(6, plan.active())
                .bind(7, Columns.at(plan.createdAt()))
                .bind(8, Columns.at(plan.updatedAt()))
                .bind(9, plan.cancellationRule().name())
                .bind(10, Columns.id(plan.id().value()))
                .execute());
    }

    private static Plan plan(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Plan(new PlanId(Columns.uuid(rs, "id")), new UserId(Columns.uuid(rs, "mentor_id")),
                rs.getString("title"), rs.getString("description"), new Paise(rs.getLong("price_paise")),
                rs.getInt("live_session_minutes"), rs.getInt("chat_window_days"),
                CancellationRule.valueOf(rs.getString("cancellation_rule")), rs.getBoolean("is_active"),
                Columns.instant(rs, "created_at"), Columns.instant(rs, "updated_at"));
    }
}

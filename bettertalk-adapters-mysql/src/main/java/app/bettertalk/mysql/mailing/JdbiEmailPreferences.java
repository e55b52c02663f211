package app.bettertalk.mysql.mailing;

import app.bettertalk.core.mailing.EmailPreferences;
import app.bettertalk.core.notification.EmailKind;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.mysql.Columns;
import app.bettertalk.mysql.StoreErrors;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** {@link EmailPreferences} as rows of {@code email_preferences}: a row per person and kind turned off. */
public final class JdbiEmailPreferences implements EmailPreferences {
    private final Jdbi jdbi;

    public JdbiEmailPreferences(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Set<EmailKind> turnedOff(UserId person) {
        var kinds = jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT kind FROM email_preferences WHERE user_id = ?")
                .bind(0, Columns.id(person.value())).mapTo(String.class).list());
        var off = EnumSet.noneOf(EmailKind.class);
        kinds.forEach(kind -> off.add(EmailKind.valueOf(kind)));
        return Set.copyOf(off);
    }

    @Override
    public void turnOff(UserId person, EmailKind kind, Instant at) {
        try {
            jdbi.useHandle(handle -> handle.createUpdate(
                            "INSERT INTO email_preferences (user_id, kind, turned_off_at) VALUES (?, ?, ?)")
                    .bind(0, Columns.id(person.value())).bind(1, kind.name()).bind(2, Columns.at(at)).execute());
        } catch (RuntimeException e) {
            // Off already, perhaps by a racing request: it stays off, as asked.
            if (StoreErrors.duplicateKey(e).isEmpty()) {
                throw e;
            }
        }
    }

    @Override
    public void turnOn(UserId person, EmailKind kind) {
        jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM email_preferences WHERE user_id = ? AND kind = ?")
                .bind(0, Columns.id(person.value())).bind(1, kind.name()).execute());
    }
}

package app.bettertalk.core.audit;

import app.bettertalk.core.ContractRows;
import app.bettertalk.core.Stores;
import app.bettertalk.core.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;

import static app.bettertalk.core.ContractRows.at;
import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link AuditTrail} promises; an adapter's test extends this with its own fresh stores. */
public abstract class AuditTrailContract {
    private AuditTrail trail;
    private ContractRows rows;
    private User asha;
    private User meera;
    private User ravi;

    /** Every port over one empty store. */
    protected abstract Stores freshStores();

    @BeforeEach
    void openStores() {
        var stores = freshStores();
        trail = stores.auditTrail();
        rows = new ContractRows(stores);
        asha = rows.user("asha");
        meera = rows.user("meera");
        ravi = rows.user("ravi");
    }

    private AuditEntry entry(User reader, AuditEntry.What what, User whose, int minute) {
        return new AuditEntry(UUID.randomUUID(), reader.id(), what, UUID.randomUUID(), whose.id(),
                "reported: case " + minute, at(minute));
    }

    @Test
    void an_entry_reads_back_with_every_field() {
        var entry = entry(meera, AuditEntry.What.CHAT_MESSAGE, asha, 1);

        rows.write(() -> trail.record(entry));

        assertThat(trail.recent(Optional.empty(), 10)).containsExactly(entry);
    }

    @Test
    void entries_come_newest_first_and_one_person_sees_those_by_them_or_about_them() {
        var first = entry(meera, AuditEntry.What.CHAT_MESSAGE, asha, 1);
        var second = entry(meera, AuditEntry.What.DATA_EXPORT, ravi, 2);
        var third = entry(ravi, AuditEntry.What.SESSION_NOTES, asha, 3);
        rows.write(() -> trail.record(first));
        rows.write(() -> trail.record(second));
        rows.write(() -> trail.record(third));

        assertThat(trail.recent(Optional.empty(), 10)).containsExactly(third, second, first);
        assertThat(trail.recent(Optional.empty(), 2)).containsExactly(third, second);
        assertThat(trail.recent(Optional.of(asha.id()), 10)).containsExactly(third, first);
        assertThat(trail.recent(Optional.of(ravi.id()), 10)).containsExactly(third, second);
    }
}

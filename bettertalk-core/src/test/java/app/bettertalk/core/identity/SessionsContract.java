package app.bettertalk.core.identity;

import app.bettertalk.core.ContractRows;
import app.bettertalk.core.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static app.bettertalk.core.ContractRows.T0;
import static app.bettertalk.core.ContractRows.at;
import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link Sessions} store must do. */
public abstract class SessionsContract {
    private Stores stores;
    private ContractRows rows;
    private User asha;

    protected abstract Stores freshStores();

    @BeforeEach
    void setUp() {
        stores = freshStores();
        rows = new ContractRows(stores);
        asha = rows.user("asha");
    }

    private Session session(User user, String tokenHash) {
        var session = new Session(tokenHash, user.id(), "csrf-" + tokenHash.substring(0, 8), T0, at(5), T0.plus(Duration.ofDays(14)));
        rows.write(() -> stores.sessions().add(session));
        return session;
    }

    @Test
    void a_stored_session_reads_back_whole_by_its_token_hash() {
        var stored = session(asha, "a".repeat(64));

        assertThat(stores.sessions().byTokenHash("a".repeat(64))).contains(stored);
        assertThat(stores.sessions().byTokenHash("b".repeat(64))).isEmpty();
    }

    @Test
    void touching_a_session_records_when_it_was_last_used() {
        var stored = session(asha, "a".repeat(64));

        rows.write(() -> stores.sessions().touch(stored.tokenHash(), at(30)));

        assertThat(stores.sessions().byTokenHash(stored.tokenHash())).contains(stored.seenAt(at(30)));
    }

    @Test
    void a_touch_older_than_the_last_one_recorded_changes_nothing() {
        var stored = session(asha, "a".repeat(64));
        rows.write(() -> stores.sessions().touch(stored.tokenHash(), at(30)));

        // Two requests at once: the one that read the clock first writes last.
        rows.write(() -> stores.sessions().touch(stored.tokenHash(), at(20)));

        assertThat(stores.sessions().byTokenHash(stored.tokenHash())).contains(stored.seenAt(at(30)));
    }

    @Test
    void removing_a_session_ends_it_once() {
        var stored = session(asha, "a".repeat(64));

        var first = rows.inTransaction(() -> stores.sessions().remove(stored.tokenHash()));
        var second = rows.inTransaction(() -> stores.sessions().remove(stored.tokenHash()));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(stores.sessions().byTokenHash(stored.tokenHash())).isEmpty();
    }

    @Test
    void removing_all_of_a_users_sessions_leaves_other_peoples() {
        var ravi = rows.user("ravi");
        session(asha, "a".repeat(64));
        session(asha, "b".repeat(64));
        var his = session(ravi, "c".repeat(64));

        var removed = rows.inTransaction(() -> stores.sessions().removeAllOf(asha.id()));

        assertThat(removed).isEqualTo(2);
        assertThat(stores.sessions().byTokenHash("a".repeat(64))).isEmpty();
        assertThat(stores.sessions().byTokenHash(his.tokenHash())).contains(his);
    }

    @Test
    void removing_ended_sessions_keeps_live_ones_and_honours_the_limit() {
        var ended1 = new Session("1".repeat(64), asha.id(), "x", T0, at(15), at(10));
        var ended2 = new Session("2".repeat(64), asha.id(), "x", T0, at(15), at(20));
        var unused = new Session("4".repeat(64), asha.id(), "x", T0, at(5), at(60));
        var live = new Session("3".repeat(64), asha.id(), "x", T0, at(15), at(60));
        rows.write(() -> {
            stores.sessions().add(ended1);
            stores.sessions().add(ended2);
            stores.sessions().add(unused);
            stores.sessions().add(live);
        });

        var first = rows.inTransaction(() -> stores.sessions().removeEnded(at(20), at(5), 1));
        var second = rows.inTransaction(() -> stores.sessions().removeEnded(at(20), at(5), 10));

        assertThat(first).isEqualTo(1);
        assertThat(second).isEqualTo(2);
        assertThat(stores.sessions().byTokenHash(unused.tokenHash())).isEmpty();
        assertThat(stores.sessions().byTokenHash(live.tokenHash())).contains(live);
    }
}

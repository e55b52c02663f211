package app.bettertalk.core.identity;

import app.bettertalk.core.ContractRows;
import app.bettertalk.core.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static app.bettertalk.core.ContractRows.at;
import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link Suspensions} store promises; an adapter's test extends this with its own fresh stores. */
public abstract class SuspensionsContract {
    private Suspensions suspensions;
    private ContractRows rows;
    private User asha;

    /** Every port over one empty store. */
    protected abstract Stores freshStores();

    @BeforeEach
    void openStores() {
        var stores = freshStores();
        suspensions = stores.suspensions();
        rows = new ContractRows(stores);
        asha = rows.user("asha");
    }

    @Test
    void a_suspension_is_in_force_from_its_start_until_its_end() {
        var suspension = new Suspension(asha.id(), at(10), Optional.of(at(70)));
        rows.write(() -> suspensions.add(suspension));

        assertThat(suspensions.inForce(asha.id(), at(9))).isEmpty();
        assertThat(suspensions.inForce(asha.id(), at(10))).contains(suspension);
        assertThat(suspensions.inForce(asha.id(), at(69))).contains(suspension);
        assertThat(suspensions.inForce(asha.id(), at(70))).isEmpty();
    }

    @Test
    void a_ban_outweighs_a_suspension_and_never_ends() {
        var suspension = new Suspension(asha.id(), at(10), Optional.of(at(70)));
        var ban = new Suspension(asha.id(), at(20), Optional.empty());
        rows.write(() -> suspensions.add(suspension));
        rows.write(() -> suspensions.add(ban));

        assertThat(suspensions.inForce(asha.id(), at(30))).contains(ban);
        assertThat(suspensions.inForce(asha.id(), at(100_000))).contains(ban);
    }

    @Test
    void someone_never_suspended_is_free() {
        var ravi = rows.user("ravi");
        rows.write(() -> suspensions.add(new Suspension(asha.id(), at(1), Optional.empty())));

        assertThat(suspensions.inForce(ravi.id(), at(2))).isEmpty();
    }
}

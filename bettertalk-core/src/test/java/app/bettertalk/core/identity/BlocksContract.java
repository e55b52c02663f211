package app.bettertalk.core.identity;

import app.bettertalk.core.ContractRows;
import app.bettertalk.core.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static app.bettertalk.core.ContractRows.at;
import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link Blocks} store promises; an adapter's test extends this with its own fresh stores. */
public abstract class BlocksContract {
    private Blocks blocks;
    private ContractRows rows;
    private User asha;
    private User ravi;
    private User meera;

    /** Every port over one empty store. */
    protected abstract Stores freshStores();

    @BeforeEach
    void openStores() {
        var stores = freshStores();
        blocks = stores.blocks();
        rows = new ContractRows(stores);
        asha = rows.user("asha");
        ravi = rows.user("ravi");
        meera = rows.user("meera");
    }

    @Test
    void a_block_is_one_way_and_blocking_twice_is_one_block() {
        rows.write(() -> blocks.block(asha.id(), ravi.id(), at(1)));
        rows.write(() -> blocks.block(asha.id(), ravi.id(), at(2)));
        rows.write(() -> blocks.block(asha.id(), meera.id(), at(3)));

        assertThat(blocks.blockedBy(asha.id())).containsExactlyInAnyOrder(ravi.id(), meera.id());
        assertThat(blocks.blockedBy(ravi.id())).isEmpty();
    }

    @Test
    void unblocking_lifts_only_that_block_and_unblocking_again_changes_nothing() {
        rows.write(() -> blocks.block(asha.id(), ravi.id(), at(1)));
        rows.write(() -> blocks.block(asha.id(), meera.id(), at(1)));

        rows.write(() -> blocks.unblock(asha.id(), ravi.id()));
        rows.write(() -> blocks.unblock(asha.id(), ravi.id()));

        assertThat(blocks.blockedBy(asha.id())).containsExactly(meera.id());
    }
}

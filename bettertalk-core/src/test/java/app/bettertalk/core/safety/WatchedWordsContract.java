package app.bettertalk.core.safety;

import app.bettertalk.core.ContractRows;
import app.bettertalk.core.Stores;
import app.bettertalk.core.shared.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static app.bettertalk.core.ContractRows.at;
import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link WatchedWords} store promises; an adapter's test extends this with its own fresh stores. */
public abstract class WatchedWordsContract {
    private WatchedWords words;
    private ContractRows rows;
    private UserId admin;

    /** Every port over one empty store. */
    protected abstract Stores freshStores();

    @BeforeEach
    void openStores() {
        var stores = freshStores();
        words = stores.watchedWords();
        rows = new ContractRows(stores);
        admin = rows.user("meera").id();
    }

    private WatchedWord word(String text, WordAction action, long minute) {
        return new WatchedWord(text, action, admin, at(minute));
    }

    @Test
    void words_read_back_alphabetically_with_every_field() {
        var scam = word("scam*", WordAction.HOLD, 1);
        var hindi = word("बेवकूफ", WordAction.BLOCK, 2);
        var phrase = word("buy followers", WordAction.FLAG, 3);

        rows.write(() -> {
            words.put(scam);
            words.put(hindi);
            words.put(phrase);
        });

        assertThat(words.all()).containsExactly(phrase, scam, hindi);
    }

    @Test
    void putting_a_watched_word_again_changes_what_it_does() {
        rows.write(() -> words.put(word("scam", WordAction.FLAG, 1)));
        var blocked = word("SCAM", WordAction.BLOCK, 2);

        rows.write(() -> words.put(blocked));

        assertThat(words.all()).containsExactly(blocked);
    }

    @Test
    void a_removed_word_is_gone_and_removing_it_again_says_it_was_not_watched() {
        rows.write(() -> words.put(word("scam", WordAction.FLAG, 1)));
        var kept = word("spam", WordAction.HOLD, 1);
        rows.write(() -> words.put(kept));

        assertThat(rows.inTransaction(() -> words.remove("scam"))).isTrue();
        assertThat(rows.inTransaction(() -> words.remove("scam"))).isFalse();
        assertThat(words.all()).containsExactly(kept);
    }
}

package app.bettertalk.core.mailing;

import app.bettertalk.core.ContractRows;
import app.bettertalk.core.Stores;
import app.bettertalk.core.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static app.bettertalk.core.ContractRows.at;
import static app.bettertalk.core.notification.EmailKind.CHAT_OPENED;
import static app.bettertalk.core.notification.EmailKind.FIRST_MESSAGE;
import static app.bettertalk.core.notification.EmailKind.MESSAGE_AFTER_QUIET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** What every {@link EmailPreferences} store promises; an adapter's test extends this with its own fresh stores. */
public abstract class EmailPreferencesContract {
    private Stores stores;
    private EmailPreferences preferences;
    private ContractRows rows;
    private User asha;
    private User ravi;

    /** Every port over one empty store. */
    protected abstract Stores freshStores();

    @BeforeEach
    void openStores() {
        stores = freshStores();
        preferences = stores.emailPreferences();
        rows = new ContractRows(stores);
        asha = rows.user("asha");
        ravi = rows.user("ravi_k");
    }

    @Test
    void nobody_has_anything_turned_off_at_first() {
        assertThat(preferences.turnedOff(asha.id())).isEmpty();
    }

    @Test
    void kinds_turned_off_are_reported_off() {
        rows.write(() -> preferences.turnOff(asha.id(), FIRST_MESSAGE, at(1)));
        rows.write(() -> preferences.turnOff(asha.id(), MESSAGE_AFTER_QUIET, at(2)));

        assertThat(preferences.turnedOff(asha.id())).containsExactlyInAnyOrder(FIRST_MESSAGE, MESSAGE_AFTER_QUIET);
    }

    @Test
    void turning_a_kind_off_twice_keeps_it_off() {
        rows.write(() -> preferences.turnOff(asha.id(), CHAT_OPENED, at(1)));

        var second = catchThrowable(() -> rows.write(() -> preferences.turnOff(asha.id(), CHAT_OPENED, at(2))));

        assertThat(second).isNull();
        assertThat(preferences.turnedOff(asha.id())).containsExactly(CHAT_OPENED);
    }

    @Test
    void a_kind_turned_back_on_is_on() {
        rows.write(() -> preferences.turnOff(asha.id(), CHAT_OPENED, at(1)));
        rows.write(() -> preferences.turnOff(asha.id(), FIRST_MESSAGE, at(1)));

        rows.write(() -> preferences.turnOn(asha.id(), CHAT_OPENED));

        assertThat(preferences.turnedOff(asha.id())).containsExactly(FIRST_MESSAGE);
    }

    @Test
    void turning_on_a_kind_that_is_on_changes_nothing() {
        rows.write(() -> preferences.turnOn(asha.id(), CHAT_OPENED));

        assertThat(preferences.turnedOff(asha.id())).isEmpty();
    }

    @Test
    void one_persons_choices_are_not_anothers() {
        rows.write(() -> preferences.turnOff(asha.id(), CHAT_OPENED, at(1)));

        assertThat(preferences.turnedOff(ravi.id())).isEmpty();
    }

    @Test
    void work_that_throws_leaves_the_choices_as_they_were() {
        rows.write(() -> preferences.turnOff(asha.id(), CHAT_OPENED, at(1)));

        catchThrowable(() -> rows.write(() -> {
            preferences.turnOn(asha.id(), CHAT_OPENED);
            preferences.turnOff(asha.id(), FIRST_MESSAGE, at(2));
            throw new IllegalStateException("boom");
        }));

        assertThat(preferences.turnedOff(asha.id())).containsExactly(CHAT_OPENED);
    }
}

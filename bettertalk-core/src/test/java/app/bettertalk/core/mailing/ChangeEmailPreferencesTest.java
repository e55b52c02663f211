package app.bettertalk.core.mailing;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.notification.EmailKind;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static app.bettertalk.core.notification.EmailKind.BOOKING_CONFIRMED;
import static app.bettertalk.core.notification.EmailKind.CHAT_OPENED;
import static app.bettertalk.core.notification.EmailKind.FIRST_MESSAGE;
import static app.bettertalk.core.notification.EmailKind.MESSAGE_AFTER_QUIET;
import static app.bettertalk.core.notification.EmailKind.ONBOARDING_COMPLETED;
import static app.bettertalk.core.notification.EmailKind.REVIEW_INVITATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ChangeEmailPreferencesTest {
    private final World world = new World();
    private final Actor asha = world.onboardedUser("asha");

    @Test
    void someone_who_never_chose_receives_every_kind() {
        var choices = world.viewEmailPreferences.view(new ViewEmailPreferences.Query(asha));

        assertThat(EmailKind.values()).allMatch(choices::receives);
    }

    @Test
    void the_optional_kinds_left_unticked_are_turned_off() {
        var choices = change(Set.of(CHAT_OPENED));

        assertThat(choices.turnedOff()).containsExactlyInAnyOrder(FIRST_MESSAGE, MESSAGE_AFTER_QUIET,
                REVIEW_INVITATION);
        assertThat(world.emailPreferences.turnedOff(asha.id()))
                .containsExactlyInAnyOrder(FIRST_MESSAGE, MESSAGE_AFTER_QUIET, REVIEW_INVITATION);
    }

    @Test
    void a_kind_ticked_again_is_turned_back_on() {
        change(Set.of());

        var choices = change(Set.of(FIRST_MESSAGE));

        assertThat(choices.receives(FIRST_MESSAGE)).isTrue();
        assertThat(choices.turnedOff()).containsExactlyInAnyOrder(CHAT_OPENED, MESSAGE_AFTER_QUIET, REVIEW_INVITATION);
    }

    @Test
    void onboarding_and_booking_emails_are_received_whatever_is_ticked() {
        var choices = change(Set.of());

        assertThat(choices.receives(ONBOARDING_COMPLETED)).isTrue();
        assertThat(choices.receives(BOOKING_CONFIRMED)).isTrue();
        assertThat(world.emailPreferences.turnedOff(asha.id())).doesNotContain(ONBOARDING_COMPLETED,
                BOOKING_CONFIRMED);
    }

    @Test
    void the_page_shows_what_was_saved() {
        change(EnumSet.of(MESSAGE_AFTER_QUIET));

        var choices = world.viewEmailPreferences.view(new ViewEmailPreferences.Query(asha));

        assertThat(choices.turnedOff()).containsExactlyInAnyOrder(CHAT_OPENED, FIRST_MESSAGE, REVIEW_INVITATION);
    }

    @Test
    void someone_who_has_not_onboarded_cannot_choose() {
        var newcomer = world.newcomer("meera");

        var refused = catchThrowable(() -> world.changeEmailPreferences.change(
                new ChangeEmailPreferences.Command(newcomer, Set.of())));

        assertThat(refused).isInstanceOf(DomainException.Forbidden.class);
        assertThat(world.emailPreferences.turnedOff(newcomer.id())).isEmpty();
    }

    private EmailChoices change(Set<EmailKind> wanted) {
        return world.changeEmailPreferences.change(new ChangeEmailPreferences.Command(asha, wanted));
    }
}

package app.bettertalk.core.mentor;

import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.TestClock;
import app.bettertalk.core.shared.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class PlanTest {
    private static final Instant AT = TestClock.START;

    private static Plan offered(String title, String description, Paise price, int liveMinutes, int days) {
        return Plan.offered(PlanId.random(), UserId.random(),
                new Plan.Terms(title, description, price, liveMinutes, days), AT);
    }

    private static Plan pricedAt(long paise) {
        return offered("Support", "", new Paise(paise), 0, 7);
    }

    private static void assertRefusedOn(String field, Runnable construction) {
        var refusal = catchThrowable(construction::run);

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                validation -> assertThat(validation.field()).isEqualTo(field));
    }

    @ParameterizedTest
    @ValueSource(longs = {100, 49_900, 10_000_000})
    void a_price_from_one_rupee_to_one_lakh_rupees_is_accepted(long paise) {
        var plan = pricedAt(paise);

        assertThat(plan.price()).isEqualTo(new Paise(paise));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 99})
    void a_price_below_one_rupee_is_refused(long paise) {
        assertRefusedOn("price", () -> pricedAt(paise));
    }

    @ParameterizedTest
    @ValueSource(longs = {10_000_001, 100_000_000})
    void a_price_above_one_lakh_rupees_is_refused(long paise) {
        assertRefusedOn("price", () -> pricedAt(paise));
    }

    @Test
    void a_negative_price_is_refused() {
        assertRefusedOn("price", () -> pricedAt(-100));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 240})
    void live_session_minutes_from_zero_to_two_hundred_and_forty_are_accepted(int minutes) {
        var plan = offered("Support", "", Paise.ofRupees(499), minutes, 7);

        assertThat(plan.liveSessionMinutes()).isEqualTo(minutes);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 241})
    void live_session_minutes_outside_zero_to_two_hundred_and_forty_are_refused(int minutes) {
        assertRefusedOn("liveSessionMinutes", () -> offered("Support", "", Paise.ofRupees(499), minutes, 7));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 30, 90})
    void a_chat_window_of_one_to_ninety_days_is_accepted(int days) {
        var plan = offered("Support", "", Paise.ofRupees(499), 0, days);

        assertThat(plan.chatWindowDays()).isEqualTo(days);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 91})
    void a_chat_window_outside_one_to_ninety_days_is_refused(int days) {
        assertRefusedOn("chatWindowDays", () -> offered("Support", "", Paise.ofRupees(499), 0, days));
    }

    @Test
    void the_title_is_stripped() {
        var plan = offered("  Support  ", "", Paise.ofRupees(499), 0, 7);

        assertThat(plan.title()).isEqualTo("Support");
    }

    @Test
    void a_blank_title_is_refused() {
        assertRefusedOn("title", () -> offered("   ", "", Paise.ofRupees(499), 0, 7));
    }

    @Test
    void a_title_over_a_hundred_and_twenty_characters_is_refused() {
        assertRefusedOn("title", () -> offered("t".repeat(121), "", Paise.ofRupees(499), 0, 7));
    }

    @Test
    void the_description_is_optional() {
        var plan = offered("Support", null, Paise.ofRupees(499), 0, 7);

        assertThat(plan.description()).isEmpty();
    }

    @Test
    void a_description_over_two_thousand_characters_is_refused() {
        assertRefusedOn("description", () -> offered("Support", "d".repeat(2_001), Paise.ofRupees(499), 0, 7));
    }

    @Test
    void a_new_plan_is_active() {
        var plan = offered("Support", "", Paise.ofRupees(499), 0, 7);

        assertThat(plan.active()).isTrue();
        assertThat(plan.createdAt()).isEqualTo(AT);
    }

    @Test
    void new_terms_keep_the_plans_identity_mentor_availability_and_creation_time() {
        var plan = offered("Support", "", Paise.ofRupees(499), 0, 7).withActive(false, AT);
        var later = AT.plus(Duration.ofDays(1));

        var edited = plan.withTerms(new Plan.Terms("Month", "", Paise.ofRupees(999), 30, 30), later);

        assertThat(edited.id()).isEqualTo(plan.id());
        assertThat(edited.mentor()).isEqualTo(plan.mentor());
        assertThat(edited.active()).isFalse();
        assertThat(edited.createdAt()).isEqualTo(AT);
        assertThat(edited.updatedAt()).isEqualTo(later);
    }

    @Test
    void new_terms_are_checked_like_the_first_ones() {
        var plan = offered("Support", "", Paise.ofRupees(499), 0, 7);

        assertRefusedOn("price", () -> plan.withTerms(new Plan.Terms("Support", "", Paise.ZERO, 0, 7), AT));
    }

    @Test
    void setting_the_availability_it_already_has_changes_nothing() {
        var plan = offered("Support", "", Paise.ofRupees(499), 0, 7);

        var same = plan.withActive(true, AT.plus(Duration.ofDays(1)));

        assertThat(same).isSameAs(plan);
    }
}

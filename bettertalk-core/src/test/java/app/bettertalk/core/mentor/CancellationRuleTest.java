package app.bettertalk.core.mentor;

import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class CancellationRuleTest {
    private static final Instant OPENED = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant NOW = OPENED.plus(Duration.ofDays(3));

    @Test
    void until_the_mentor_replies_means_before_a_reply_or_after_a_reply_later_than_48_hours() {
        var rule = CancellationRule.UNTIL_MENTOR_REPLIES;

        assertThat(rule.memberMayCancel(OPENED, Optional.empty(), NOW)).isTrue();
        assertThat(rule.memberMayCancel(OPENED, Optional.of(OPENED.plus(Duration.ofHours(1))), NOW)).isFalse();
        assertThat(rule.memberMayCancel(OPENED, Optional.of(OPENED.plus(Duration.ofHours(48))), NOW))
                .as("a reply at 48 hours is in time").isFalse();
        assertThat(rule.memberMayCancel(OPENED, Optional.of(OPENED.plus(Duration.ofHours(48)).plusSeconds(1)), NOW))
                .isTrue();
    }

    @Test
    void no_refunds_never_lets_the_member_cancel() {
        assertThat(CancellationRule.NO_REFUNDS.memberMayCancel(OPENED, Optional.empty(), OPENED)).isFalse();
    }

    @Test
    void a_rule_is_named_by_its_code_and_an_unknown_code_is_a_validation_of_the_field() {
        for (var rule : CancellationRule.values()) {
            assertThat(CancellationRule.ofCode("cancellationRule", rule.code())).isEqualTo(rule);
        }
        assertThat(catchThrowable(() -> CancellationRule.ofCode("cancellationRule", "UNTIL_MENTOR_REPLIES")))
                .isInstanceOfSatisfying(DomainException.Validation.class,
                        invalid -> assertThat(invalid.field()).isEqualTo("cancellationRule"));
    }
}

package app.bettertalk.core.review;

import app.bettertalk.core.booking.BookingId;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ReviewTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private final Review review = Review.written(ReviewId.random(), BookingId.random(), UserId.random(),
            UserId.random(), new Stars(4), "Kind.", T0);

    @Test
    void a_review_is_editable_for_fourteen_days_after_it_was_written() {
        assertThat(review.editableUntil()).isEqualTo(T0.plus(Duration.ofDays(14)));
        assertThat(review.editableAt(T0.plus(Duration.ofDays(14)).minusNanos(1))).isTrue();
        assertThat(review.editableAt(T0.plus(Duration.ofDays(14)))).isFalse();
    }

    @Test
    void a_first_reply_is_posted_without_an_edit_time() {
        var replied = review.replied("Thank you.", T0.plusSeconds(60));

        assertThat(replied.reply()).contains(new Reply("Thank you.", T0.plusSeconds(60), Optional.empty()));
    }

    @Test
    void a_changed_reply_keeps_when_it_was_first_posted() {
        var first = review.replied("Thank you.", T0.plusSeconds(60));

        var changed = first.replied("Thank you, Asha.", T0.plusSeconds(120));

        assertThat(changed.reply()).contains(new Reply("Thank you, Asha.", T0.plusSeconds(60),
                Optional.of(T0.plusSeconds(120))));
    }

    @Test
    void the_same_reply_again_changes_nothing() {
        var first = review.replied("Thank you.", T0.plusSeconds(60));

        assertThat(first.replied("Thank you.", T0.plusSeconds(120))).isSameAs(first);
    }

    @Test
    void a_reply_cannot_be_changed_fourteen_days_after_it_was_first_posted() {
        var first = review.replied("Thank you.", T0);

        var refused = catchThrowableOfType(DomainException.Conflict.class,
                () -> first.replied("Changed", T0.plus(Duration.ofDays(14))));

        assertThat(refused.reason()).isEqualTo("reply_locked");
    }

    @Test
    void a_first_reply_may_come_long_after_the_review() {
        var late = review.replied("Sorry for the wait.", T0.plus(Duration.ofDays(400)));

        assertThat(late.reply()).isPresent();
    }

    @Test
    void editing_keeps_the_reply() {
        var replied = review.replied("Thank you.", T0.plusSeconds(60));

        var edited = replied.edit(new Stars(5), "Kinder than I said.", T0.plusSeconds(120));

        assertThat(edited.reply()).isEqualTo(replied.reply());
        assertThat(edited.editedAt()).contains(T0.plusSeconds(120));
    }

    @Test
    void a_reply_must_say_something() {
        var refused = catchThrowableOfType(DomainException.Validation.class, () -> Review.checkedReply("   "));

        assertThat(refused.field()).isEqualTo("text");
    }

    @Test
    void nobody_reviews_themself() {
        var same = UserId.random();

        var refused = catchThrowableOfType(IllegalArgumentException.class, () -> Review.written(ReviewId.random(),
                BookingId.random(), same, same, new Stars(5), "", T0));

        assertThat(refused).hasMessageContaining("themself");
    }
}

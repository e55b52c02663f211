package app.bettertalk.core.access;

import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UserId;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class AccessPolicyPropertiesTest {
    private final AccessPolicy access = new AccessPolicy();
    private final UserId mentor = UserId.random();

    @Property
    void may_book_says_yes_exactly_when_require_may_book_lets_the_booking_through(
            @ForAll Role role, @ForAll boolean onboarded, @ForAll boolean isTheMentor,
            @ForAll boolean mentorVerified, @ForAll boolean active) {
        var actor = new Actor(isTheMentor ? mentor : UserId.random(), role, onboarded);

        var refusal = catchThrowable(() -> access.requireMayBook(actor, mentor, mentorVerified, active));

        assertThat(access.mayBook(actor, mentor, mentorVerified, active)).isEqualTo(refusal == null);
        if (refusal != null) {
            assertThat(refusal).isInstanceOf(DomainException.class);
        }
    }
}

package app.bettertalk.core.mentor;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.booking.BookPlan;
import app.bettertalk.core.shared.DomainException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ViewMentorPropertiesTest {

    /** Who looks at the mentor's page. */
    enum Viewer {
        MEMBER, ADMIN, THE_MENTOR, ANOTHER_MENTOR, VISITOR, NEWCOMER
    }

    @Property(tries = 100)
    void the_page_offers_a_plan_for_booking_exactly_when_booking_it_succeeds(
            @ForAll Viewer viewer, @ForAll boolean mentorVerified, @ForAll boolean active) {
        var world = new World();
        var mentor = mentorVerified ? world.verifiedMentor("asha") : world.unverifiedMentor("asha");
        var plan = world.plan(mentor, 7);
        if (!active) {
            world.changePlanAvailability.change(new ChangePlanAvailability.Command(mentor, plan.id(), false));
        }
        var actor = switch (viewer) {
            case MEMBER -> world.onboardedUser("ravi");
            case ADMIN -> world.admin("meera");
            case THE_MENTOR -> mentor;
            case ANOTHER_MENTOR -> world.verifiedMentor("kiran");
            case VISITOR -> Actor.visitor();
            case NEWCOMER -> world.newcomer("dev");
        };

        var shown = shownPlans(world, actor, mentor).stream()
                .filter(candidate -> candidate.plan().id().equals(plan.id())).toList();
        var booked = catchThrowable(() -> world.bookPlan.book(new BookPlan.Command(actor, plan.id()))) == null;

        if (shown.isEmpty()) {
            assertThat(booked).as("booked a plan the page does not show").isFalse();
        } else {
            assertThat(shown.getFirst().bookable()).as("offered for booking").isEqualTo(booked);
        }
    }

    /** The plans on the mentor's page as {@code viewer} sees it; none when the page is not found for them. */
    private static List<MentorPage.ShownPlan> shownPlans(World world, Actor viewer, Actor mentor) {
        try {
            return world.viewMentor.view(new ViewMentor.Query(viewer, mentor.id())).shown();
        } catch (DomainException.NotFound hidden) {
            return List.of();
        }
    }
}

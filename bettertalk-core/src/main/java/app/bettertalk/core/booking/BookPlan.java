package app.bettertalk.core.booking;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.mentor.Mentor;
import app.bettertalk.core.mentor.Mentors;
import app.bettertalk.core.mentor.PlanId;
import app.bettertalk.core.mentor.Plans;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;
import java.util.Objects;

/**
 * A user books an active plan of a verified mentor other than themselves: a PENDING booking priced from the plan
 * as it is now, waiting for payment.
 */
@UseCase
public final class BookPlan {
    private final Plans plans;
    private final Mentors mentors;
    private final Bookings bookings;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public BookPlan(Plans plans, Mentors mentors, Bookings bookings, AccessPolicy access, UnitOfWork unitOfWork,
                    Clock clock) {
        this.plans = plans;
        this.mentors = mentors;
        this.bookings = bookings;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Input of {@link BookPlan}. */
    public record Command(Actor actor, PlanId plan) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(plan, "plan");
        }
    }

    public Booking book(Command command) {
        var actor = command.actor();
        access.requireOnboarded(actor);
        return unitOfWork.inTransaction(() -> {
            var plan = plans.byId(command.plan()).orElseThrow(() -> new DomainException.NotFound("plan"));
            var verified = mentors.byId(plan.mentor()).map(Mentor::verified).orElse(false);
            access.requireMayBook(actor, plan.mentor(), verified, plan.active());
            var booking = Booking.pending(BookingId.random(), actor.id(), plan.mentor(), plan.id(), plan.title(),
                    plan.price(), plan.chatWindowDays(), plan.cancellationRule(), clock.instant());
            bookings.add(booking);
            return booking;
        });
    }
}

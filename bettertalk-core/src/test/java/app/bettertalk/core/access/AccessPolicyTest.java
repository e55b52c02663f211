package app.bettertalk.core.access;

import app.bettertalk.core.World;
import app.bettertalk.core.booking.Confirmation;
import app.bettertalk.core.booking.ViewBooking;
import app.bettertalk.core.chat.ReadChat;
import app.bettertalk.core.identity.ViewProfile;
import app.bettertalk.core.notes.ReadNotes;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UserId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AccessPolicyTest {
    private final AccessPolicy access = new AccessPolicy();

    private final UserId user = UserId.random();
    private final UserId mentor = UserId.random();
    private final Participants pair = new Pair(user, mentor);
    private final Actor userActor = new Actor(user, Role.USER, true);
    private final Actor mentorActor = new Actor(mentor, Role.MENTOR, true);
    private final Actor admin = new Actor(UserId.random(), Role.ADMIN, true);
    private final Actor stranger = new Actor(UserId.random(), Role.USER, true);

    private record Pair(UserId user, UserId mentor) implements Participants {
    }

    private static String forbiddenReason(Runnable check) {
        return catchThrowableOfType(DomainException.Forbidden.class, check::run).reason();
    }

    @Test
    void the_operator_is_an_onboarded_admin() {
        var operator = Actor.operator();

        assertThat(operator.isAdmin()).isTrue();
        assertThat(operator.onboarded()).isTrue();
    }

    @Test
    void a_person_who_has_not_onboarded_is_refused_with_onboarding_required() {
        var newcomer = new Actor(UserId.random(), Role.USER, false);

        assertThat(forbiddenReason(() -> access.requireOnboarded(newcomer))).isEqualTo("onboarding_required");
    }

    @Test
    void an_admin_who_has_not_onboarded_is_refused_admin_work_until_they_do() {
        var unonboardedAdmin = new Actor(UserId.random(), Role.ADMIN, false);

        assertThat(forbiddenReason(() -> access.requireAdmin(unonboardedAdmin))).isEqualTo("onboarding_required");
    }

    @Test
    void admin_work_is_refused_to_users_and_mentors() {
        assertThat(forbiddenReason(() -> access.requireAdmin(userActor))).isEqualTo("admin_only");
        assertThat(forbiddenReason(() -> access.requireAdmin(mentorActor))).isEqualTo("admin_only");
    }

    @Test
    void email_and_phone_are_seen_by_their_owner_and_admins_only() {
        assertThat(access.maySeePrivateFields(userActor, user)).isTrue();
        assertThat(access.maySeePrivateFields(admin, user)).isTrue();
        assertThat(access.maySeePrivateFields(Actor.operator(), user)).isTrue();
        assertThat(access.maySeePrivateFields(stranger, user)).isFalse();
        assertThat(access.maySeePrivateFields(mentorActor, user)).isFalse();
    }

    @Test
    void an_unverified_mentor_is_seen_by_themselves_and_admins_only() {
        assertThat(access.maySeeMentor(mentorActor, mentor, false)).isTrue();
        assertThat(access.maySeeMentor(admin, mentor, false)).isTrue();
        assertThat(access.maySeeMentor(userActor, mentor, false)).isFalse();
        assertThat(access.maySeeMentor(userActor, mentor, true)).isTrue();
    }

    @Test
    void a_chat_is_not_found_for_an_admin() {
        var refusal = catchThrowable(() -> access.requireParticipant(admin, pair, "chat"));

        assertThat(refusal).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void a_chat_is_not_found_for_the_operator() {
        var refusal = catchThrowable(() -> access.requireParticipant(Actor.operator(), pair, "chat"));

        assertThat(refusal).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void a_chat_is_open_to_both_participants() {
        access.requireParticipant(userActor, pair, "chat");
        access.requireParticipant(mentorActor, pair, "chat");

        assertThat(catchThrowable(() -> access.requireParticipant(stranger, pair, "chat")))
                .isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void notes_are_not_found_for_an_admin() {
        var refusal = catchThrowable(() -> access.requireMentorOf(admin, pair));

        assertThat(refusal).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void a_safety_plan_is_its_owners_alone_and_not_found_for_everyone_else() {
        access.requireSafetyPlanOwner(userActor, user);

        for (var other : new Actor[]{admin, Actor.operator(), mentorActor, stranger}) {
            assertThat(catchThrowable(() -> access.requireSafetyPlanOwner(other, user))).as(other.toString())
                    .isInstanceOf(DomainException.NotFound.class);
        }
    }

    @Test
    void a_safety_plan_is_kept_only_once_onboarded() {
        var newcomer = new Actor(user, Role.USER, false);

        assertThat(forbiddenReason(() -> access.requireSafetyPlanOwner(newcomer, user)))
                .isEqualTo("onboarding_required");
    }

    @Test
    void notes_are_written_by_the_mentor_of_the_pair_only() {
        access.requireMentorOf(mentorActor, pair);

        assertThat(forbiddenReason(() -> access.requireMentorOf(userActor, pair))).isEqualTo("mentor_only");
    }

    @Test
    void a_booking_is_read_by_its_user_its_mentor_and_admins() {
        access.requireBookingReader(userActor, pair);
        access.requireBookingReader(mentorActor, pair);
        access.requireBookingReader(admin, pair);

        assertThat(catchThrowable(() -> access.requireBookingReader(stranger, pair)))
                .isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void a_booking_is_paid_for_by_its_user_or_an_admin_not_its_mentor() {
        access.requireBookingPayer(userActor, pair);
        access.requireBookingPayer(admin, pair);

        assertThat(forbiddenReason(() -> access.requireBookingPayer(mentorActor, pair)))
                .isEqualTo("not_your_booking");
    }

    @Test
    void only_members_write_in_a_group() {
        access.requireMember(userActor, true);

        assertThat(forbiddenReason(() -> access.requireMember(userActor, false))).isEqualTo("not_a_member");
        assertThat(forbiddenReason(() -> access.requireMember(admin, false))).isEqualTo("not_a_member");
    }

    @Test
    void a_member_who_has_not_onboarded_is_refused_with_onboarding_required() {
        var newcomer = new Actor(UserId.random(), Role.USER, false);

        assertThat(forbiddenReason(() -> access.requireMember(newcomer, true))).isEqualTo("onboarding_required");
    }

    @Test
    void a_plan_is_changed_by_its_mentor_only_not_even_an_admin() {
        access.requirePlanOwner(mentorActor, mentor, true, true);

        assertThat(forbiddenReason(() -> access.requirePlanOwner(admin, mentor, true, true)))
                .isEqualTo("not_your_plan");
        assertThat(forbiddenReason(() -> access.requirePlanOwner(userActor, mentor, true, true)))
                .isEqualTo("not_your_plan");
    }

    @Test
    void a_plan_someone_may_not_see_is_not_found_when_they_try_to_change_it() {
        var deactivated = catchThrowable(() -> access.requirePlanOwner(stranger, mentor, true, false));
        var unverified = catchThrowable(() -> access.requirePlanOwner(stranger, mentor, false, true));

        assertThat(deactivated).isInstanceOf(DomainException.NotFound.class);
        assertThat(unverified).isInstanceOf(DomainException.NotFound.class);
        assertThat(forbiddenReason(() -> access.requirePlanOwner(admin, mentor, false, false)))
                .isEqualTo("not_your_plan");
    }

    @Test
    void a_plan_is_booked_by_an_onboarded_person_other_than_its_mentor_while_on_offer_from_a_verified_mentor() {
        access.requireMayBook(userActor, mentor, true, true);
        access.requireMayBook(admin, mentor, true, true);

        assertThat(catchThrowable(() -> access.requireMayBook(admin, mentor, false, true)))
                .isInstanceOf(DomainException.NotFound.class);
        assertThat(forbiddenReason(() -> access.requireMayBook(mentorActor, mentor, true, true)))
                .isEqualTo("own_plan");
        assertThat(catchThrowable(() -> access.requireMayBook(userActor, mentor, true, false)))
                .isInstanceOfSatisfying(DomainException.Conflict.class,
                        conflict -> assertThat(conflict.reason()).isEqualTo("plan_inactive"));
        assertThat(forbiddenReason(() -> access.requireMayBook(new Actor(UserId.random(), Role.USER, false), mentor,
                true, true))).isEqualTo("onboarding_required");
    }

    @Test
    void the_person_who_booked_is_asked_to_pay_not_its_mentor_nor_an_admin_who_may_still_confirm_for_them() {
        access.requireBookingPayer(admin, pair);

        assertThat(access.isAskedToPay(userActor, pair)).isTrue();
        assertThat(access.isAskedToPay(mentorActor, pair)).isFalse();
        assertThat(access.isAskedToPay(admin, pair)).isFalse();
    }

    @Test
    void a_plans_edit_form_is_its_mentors_and_not_found_for_everyone_else_admins_too() {
        access.requireOwnPlan(mentorActor, mentor);

        assertThat(catchThrowable(() -> access.requireOwnPlan(admin, mentor)))
                .isInstanceOf(DomainException.NotFound.class);
        assertThat(catchThrowable(() -> access.requireOwnPlan(stranger, mentor)))
                .isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void a_deactivated_plan_is_seen_by_its_mentor_and_admins_and_an_unverified_mentors_by_no_one_else() {
        assertThat(access.maySeePlan(stranger, mentor, true, true)).isTrue();
        assertThat(access.maySeePlan(stranger, mentor, true, false)).isFalse();
        assertThat(access.maySeePlan(stranger, mentor, false, true)).isFalse();
        assertThat(access.maySeePlan(mentorActor, mentor, false, false)).isTrue();
        assertThat(access.maySeePlan(admin, mentor, false, false)).isTrue();
    }

    @Test
    void a_profile_is_changed_by_its_owner_only_not_even_an_admin() {
        access.requireSelf(userActor, user);

        assertThat(forbiddenReason(() -> access.requireSelf(admin, user))).isEqualTo("not_yours");
    }

    /** A confirmed booking between two people, and an admin who is neither. */
    private static final class BookedWorld {
        final World world = new World();
        final Actor mentor = world.verifiedMentor("asha");
        final Actor user = world.onboardedUser("ravi");
        final Confirmation confirmation = world.confirmedBooking(user, world.plan(mentor, 7));
        final Actor admin = world.admin("meera");
    }

    @Test
    void through_the_use_cases_an_admin_reads_a_persons_email_and_phone() {
        var booked = new BookedWorld();

        var profile = booked.world.viewProfile.view(new ViewProfile.Query(booked.admin, booked.user.id()));

        assertThat(profile.privateFieldsShown()).isTrue();
        assertThat(profile.email()).isNotEmpty();
        assertThat(profile.phone()).isNotEmpty();
    }

    @Test
    void through_the_use_cases_an_admin_reads_a_booking_they_are_not_part_of() {
        var booked = new BookedWorld();
        var booking = booked.confirmation.booking();

        var seen = booked.world.viewBooking.view(new ViewBooking.Query(booked.admin, booking.id()));

        assertThat(seen.booking().id()).isEqualTo(booking.id());
    }

    @Test
    void through_the_use_cases_a_chat_is_not_found_for_an_admin() {
        var booked = new BookedWorld();
        var chat = booked.confirmation.chat().id();

        var refusal = catchThrowable(() -> booked.world.readChat.read(
                new ReadChat.Query(booked.admin, chat, new ReadChat.Page.Latest(50))));

        assertThat(refusal).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void through_the_use_cases_session_notes_are_not_found_for_an_admin() {
        var booked = new BookedWorld();
        var chat = booked.confirmation.chat().id();

        var refusal = catchThrowable(() -> booked.world.readNotes.read(new ReadNotes.Query(booked.admin, chat)));

        assertThat(refusal).isInstanceOf(DomainException.NotFound.class);
    }
}

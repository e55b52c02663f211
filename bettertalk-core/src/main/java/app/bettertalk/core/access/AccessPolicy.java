package app.bettertalk.core.access;

import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UserId;

/**
 * The one place that answers "may this actor do this to that". Each method returns normally or throws: a thing the
 * actor may not learn exists is {@code NotFound}, never {@code Forbidden}, so refusals are no oracle.
 */
public final class AccessPolicy {

    /** Everything but onboarding itself and reading one's own account needs a finished onboarding. */
    public void requireOnboarded(Actor actor) {
        if (!actor.onboarded()) {
            throw new DomainException.Forbidden("onboarding_required", "Finish onboarding first.");
        }
    }

    /** Verifying mentors, creating groups and reading other people's private fields are an admin's. */
    public void requireAdmin(Actor actor) {
        requireOnboarded(actor);
        if (!actor.isAdmin()) {
            throw new DomainException.Forbidden("admin_only", "Only an admin may do this.");
        }
    }

    /** The moderation queue, its cases and their decisions are a moderator's (an admin moderates too). */
    public void requireModerator(Actor actor) {
        requireOnboarded(actor);
        if (!actor.moderates()) {
            throw new DomainException.Forbidden("moderator_only", "Only moderators can do that.");
        }
    }

    /** A profile is edited by its owner only. */
    public void requireSelf(Actor actor, UserId owner) {
        if (!actor.is(owner)) {
            throw new DomainException.Forbidden("not_yours", "You can only change your own profile.");
        }
    }

    /** Email and phone are seen by their owner and by admins. */
    public boolean maySeePrivateFields(Actor actor, UserId owner) {
        return actor.is(owner) || actor.isAdmin();
    }

    /** A verified mentor is shown to everyone; an unverified one only to themselves and admins. */
    public boolean maySeeMentor(Actor actor, UserId mentor, boolean verified) {
        return verified || actor.is(mentor) || actor.isAdmin();
    }

    /** A deactivated plan is hidden from everyone but its mentor and admins. */
    public boolean maySeeInactivePlans(Actor actor, UserId mentor) {
        return actor.is(mentor) || actor.isAdmin();
    }

    /** Posts and comments are written by members of the group. */
    public void requireMember(Actor actor, boolean isMember) {
        requireOnboarded(actor);
        if (!isMember) {
            throw new DomainException.Forbidden("not_a_member", "Join the group to post or comment.");
        }
    }

    /**
     * A post or comment is changed and deleted by its writer alone, not by a moderator or an admin either (they hide
     * it instead). Anyone else may read it, so they are told it is not theirs; what nobody may read any more (hidden
     * or deleted) is not found before this is asked.
     */
    public void requireAuthor(Actor actor, UserId author) {
        requireOnboarded(actor);
        if (!actor.is(author)) {
            throw new DomainException.Forbidden("not_author", "Only the person who wrote this can change it.");
        }
    }

    /** A plan is seen where its mentor is; a deactivated one only by its mentor and admins. */
    public boolean maySeePlan(Actor actor, UserId mentor, boolean mentorVerified, boolean active) {
        return maySeeMentor(actor, mentor, mentorVerified) && (active || maySeeInactivePlans(actor, mentor));
    }

    /**
     * A plan is booked by an onboarded person other than its mentor, while it is active and its mentor verified. An
     * unverified mentor's plan is not found, as nobody who could book it may see it; one's own plan is forbidden; a
     * deactivated plan is a conflict, as it was on offer a moment ago. {@link #mayBook} gives the same answer as a
     * yes or no, for pages that offer a plan for booking.
     */
    public void requireMayBook(Actor actor, UserId planMentor, boolean mentorVerified, boolean active) {
        requireOnboarded(actor);
        if (!mentorVerified) {
            throw new DomainException.NotFound("plan");
        }
        if (actor.is(planMentor)) {
            throw new DomainException.Forbidden("own_plan", "You cannot book your own plan.");
        }
        if (!active) {
            throw new DomainException.Conflict("plan_inactive", "This plan is no longer offered.");
        }
    }

    /** Whether {@link #requireMayBook} lets {@code actor} book the plan: what a page's Book link must agree with. */
    public boolean mayBook(Actor actor, UserId planMentor, boolean mentorVerified, boolean active) {
        return actor.onboarded() && mentorVerified && !actor.is(planMentor) && active;
    }

    /**
     * Whether {@code actor} could book the plan once signed in and onboarded: a visitor (or someone still onboarding)
     * looking at an active plan of a verified mentor, so the page asks them to sign in instead of offering nothing.
     */
    public boolean mayBookOnceSignedIn(Actor actor, boolean mentorVerified, boolean active) {
        return !actor.onboarded() && mentorVerified && active;
    }

    /**
     * A plan is created and changed by the mentor who offers it; to someone who may not even see it (a deactivated
     * plan, an unverified mentor's) it does not exist.
     */
    public void requirePlanOwner(Actor actor, UserId planMentor, boolean mentorVerified, boolean active) {
        requireOnboarded(actor);
        if (actor.is(planMentor)) {
            return;
        }
        if (!maySeePlan(actor, planMentor, mentorVerified, active)) {
            throw new DomainException.NotFound("plan");
        }
        throw new DomainException.Forbidden("not_your_plan", "Only the mentor who offers this plan may change it.");
    }

    /**
     * A plan's stored terms, deactivated or not, are opened for editing to the mentor who offers it alone; to anyone
     * else, an admin too, that plan is not there to edit.
     */
    public void requireOwnPlan(Actor actor, UserId planMentor) {
        requireOnboarded(actor);
        if (!actor.is(planMentor)) {
            throw new DomainException.NotFound("plan");
        }
    }

    /** A chat and its messages are the two participants' alone; not even an admin reads them. */
    public void requireParticipant(Actor actor, Participants pair, String what) {
        requireOnboarded(actor);
        if (!pair.includes(actor.id())) {
            throw new DomainException.NotFound(what);
        }
    }

    /**
     * A safety plan is read and written by its owner alone, once onboarded; to anyone else, an admin or the operator
     * too, it does not exist.
     */
    public void requireSafetyPlanOwner(Actor actor, UserId owner) {
        requireOnboarded(actor);
        if (!actor.is(owner)) {
            throw new DomainException.NotFound("safety plan");
        }
    }

    /** Session notes are written by the mentor of the thread; its user reads them; nobody else learns of them. */
    public void requireMentorOf(Actor actor, Participants pair) {
        requireParticipant(actor, pair, "notes");
        if (!actor.is(pair.mentor())) {
            throw new DomainException.Forbidden("mentor_only", "Only your mentor writes session notes.");
        }
    }

    /** A booking is seen by its user, its mentor and admins. */
    public void requireBookingReader(Actor actor, Participants booking) {
        requireOnboarded(actor);
        if (!booking.includes(actor.id()) && !actor.isAdmin()) {
            throw new DomainException.NotFound("booking");
        }
    }

    /**
     * Whether a booking's page asks {@code actor} to pay for or cancel it: the person who booked is asked. An admin
     * may do both for them ({@link #requireBookingPayer}), acting on a payment they were told of, but is not asked.
     */
    public boolean isAskedToPay(Actor actor, Participants booking) {
        return actor.onboarded() && actor.is(booking.user());
    }

    /** A booking is paid for or cancelled by the user who made it, or by an admin acting on a payment. */
    public void requireBookingPayer(Actor actor, Participants booking) {
        requireBookingReader(actor, booking);
        if (!actor.is(booking.user()) && !actor.isAdmin()) {
            throw new DomainException.Forbidden("not_your_booking", "Only the person who booked may do this.");
        }
    }

    /**
     * A paid booking is refunded by its mentor or an admin at any time, and cancelled for a refund by the person who
     * booked it while its cancellation rule allows ({@code memberMayCancel}); to anyone else it does not exist.
     * {@link #mayRefund} gives the same answer as a yes or no, for the pages that offer it.
     */
    public void requireMayRefund(Actor actor, Participants booking, boolean memberMayCancel) {
        requireBookingReader(actor, booking);
        if (actor.is(booking.mentor()) || actor.isAdmin()) {
            return;
        }
        if (!memberMayCancel) {
            throw new DomainException.Conflict("refund_not_allowed",
                    "This booking can no longer be cancelled for a refund under its plan's cancellation rule.");
        }
    }

    public boolean mayRefund(Actor actor, Participants booking, boolean memberMayCancel) {
        return actor.onboarded() && (actor.is(booking.mentor()) || actor.isAdmin()
                || actor.is(booking.user()) && memberMayCancel);
    }

    /**
     * A booking is reviewed by the person who booked it, once it is paid and its chat has ended. To anyone but its two
     * participants and admins it does not exist; its mentor and admins know it does but may not review it; a booking
     * not paid for, or whose chat is still running, is a conflict the member can wait out. {@link #mayReview} gives
     * the same answer as a yes or no, for pages that offer the review form.
     */
    public void requireMayReview(Actor actor, Participants booking, boolean paid, boolean chatEnded) {
        requireOnboarded(actor);
        if (actor.is(booking.mentor())) {
            throw new DomainException.Forbidden("own_session", "A mentor cannot review a session with themself.");
        }
        if (!actor.is(booking.user())) {
            if (actor.isAdmin()) {
                throw new DomainException.Forbidden("not_your_booking", "Only the person who booked may review it.");
            }
            throw new DomainException.NotFound("booking");
        }
        if (!paid) {
            throw new DomainException.Conflict("booking_not_paid", "Only a paid session can be reviewed.");
        }
        if (!chatEnded) {
            throw new DomainException.Conflict("chat_not_ended",
                    "You can review this session once its chat has ended.");
        }
    }

    /** Whether {@link #requireMayReview} lets {@code actor} review the booking: what a review link must agree with. */
    public boolean mayReview(Actor actor, Participants booking, boolean paid, boolean chatEnded) {
        return actor.onboarded() && actor.is(booking.user()) && paid && chatEnded;
    }

    /**
     * A review is answered by the mentor it reviews, and by nobody else; reviews are public, so to those who may see
     * the mentor the refusal says so, while an unverified mentor's reviews do not exist for them.
     */
    public void requireReviewedMentor(Actor actor, Participants review, boolean mentorVerified) {
        requireOnboarded(actor);
        if (actor.is(review.mentor())) {
            return;
        }
        if (!maySeeMentor(actor, review.mentor(), mentorVerified)) {
            throw new DomainException.NotFound("review");
        }
        throw new DomainException.Forbidden("not_your_review", "Only the mentor who was reviewed may reply.");
    }

    /** Whether {@link #requireReviewedMentor} lets {@code actor} reply: what a page's reply form agrees with. */
    public boolean mayReply(Actor actor, Participants review) {
        return actor.onboarded() && actor.is(review.mentor());
    }
}

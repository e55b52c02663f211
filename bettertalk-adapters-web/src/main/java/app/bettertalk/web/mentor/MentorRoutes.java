package app.bettertalk.web.mentor;

import app.bettertalk.core.booking.ViewMentorDashboard;
import app.bettertalk.core.mentor.ApplyAsMentor;
import app.bettertalk.core.mentor.ChangeMentorPhoto;
import app.bettertalk.core.mentor.ChangePlanAvailability;
import app.bettertalk.core.mentor.CreatePlan;
import app.bettertalk.core.mentor.EditMentorProfile;
import app.bettertalk.core.mentor.EditPlan;
import app.bettertalk.core.mentor.RemoveMentorPhoto;
import app.bettertalk.core.mentor.VerifyMentor;
import app.bettertalk.core.mentor.ViewMentor;
import app.bettertalk.core.mentor.ViewMentorPhoto;
import app.bettertalk.core.mentor.ViewOwnPlan;
import app.bettertalk.core.review.ListMentorReviews;
import app.bettertalk.web.FeatureRoutes;
import io.javalin.config.JavalinConfig;

/**
 * Mentors: the public page and photo, applying, the dashboard with its plans (also on their own page at
 * {@code /mentor/dashboard/plans}, the specification's address), the photo upload, and {@code /api/v1/mentors},
 * {@code /api/v1/me/plans} and the admin's verification call.
 */
public final class MentorRoutes implements FeatureRoutes {
    private final MentorProfileHandlers profiles;
    private final MentorDashboardHandlers dashboard;
    private final PlanHandlers plans;
    private final MentorPhotoHandlers photos;
    private final MentorApiHandlers api;

    public MentorRoutes(ViewMentor viewMentor, ApplyAsMentor applyAsMentor, EditMentorProfile editMentorProfile,
                        ViewMentorDashboard viewMentorDashboard, CreatePlan createPlan, ViewOwnPlan viewOwnPlan,
                        EditPlan editPlan, ChangePlanAvailability changePlanAvailability, VerifyMentor verifyMentor,
                        ChangeMentorPhoto changeMentorPhoto, RemoveMentorPhoto removeMentorPhoto,
                        ViewMentorPhoto viewMentorPhoto, ListMentorReviews listMentorReviews) {
        this.profiles = new MentorProfileHandlers(viewMentor, applyAsMentor, editMentorProfile, listMentorReviews);
        this.dashboard = new MentorDashboardHandlers(viewMentorDashboard);
        this.plans = new PlanHandlers(createPlan, viewOwnPlan, editPlan, changePlanAvailability);
        this.photos = new MentorPhotoHandlers(changeMentorPhoto, removeMentorPhoto, viewMentorPhoto);
        this.api = new MentorApiHandlers(viewMentor, applyAsMentor, createPlan, editPlan, changePlanAvailability,
                verifyMentor);
    }

    @Override
    public void register(JavalinConfig cfg) {
        // The fixed /mentor/... paths come before /mentor/{id}, which would take them for an id.
        cfg.routes.get("/mentor/apply", profiles::applyForm);
        cfg.routes.post("/mentor/apply", profiles::apply);
        cfg.routes.get("/mentor/dashboard", dashboard::show);
        cfg.routes.get("/mentor/dashboard/plans", dashboard::plans);
        cfg.routes.post("/mentor/photo", photos::upload);
        cfg.routes.post("/mentor/photo/remove", photos::remove);
        cfg.routes.post("/mentor/profile", profiles::editProfile);
        cfg.routes.post("/mentor/plans", plans::create);
        cfg.routes.get("/mentor/plans/{id}/edit", plans::editForm);
        cfg.routes.post("/mentor/plans/{id}", plans::edit);
        cfg.routes.post("/mentor/plans/{id}/activate", plans::activate);
        cfg.routes.post("/mentor/plans/{id}/deactivate", plans::deactivate);
        cfg.routes.get("/mentor/{id}", profiles::page);
        cfg.routes.get("/mentors/{id}/photo", photos::photo);
        cfg.routes.get("/api/v1/mentors/{id}", api::view);
        cfg.routes.post("/api/v1/mentors", api::apply);
        cfg.routes.get("/api/v1/me/plans", api::myPlans);
        cfg.routes.post("/api/v1/me/plans", api::createPlan);
        cfg.routes.patch("/api/v1/me/plans/{id}", api::changePlan);
        cfg.routes.post("/api/v1/admin/mentors/{id}/verification", api::verify);
    }
}

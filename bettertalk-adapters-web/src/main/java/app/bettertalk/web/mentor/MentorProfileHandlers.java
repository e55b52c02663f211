package app.bettertalk.web.mentor;

import app.bettertalk.core.mentor.ApplyAsMentor;
import app.bettertalk.core.mentor.EditMentorProfile;
import app.bettertalk.core.mentor.ViewMentor;
import app.bettertalk.core.review.ListMentorReviews;
import app.bettertalk.core.review.ReviewCursor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.web.ErrorMapper;
import app.bettertalk.web.Requests;
import app.bettertalk.web.review.ReviewViews;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.Map;

/** A mentor's public page, applying to mentor and editing one's mentor profile. */
final class MentorProfileHandlers {
    /** The newest reviews the mentor's page shows; the rest are a link away. */
    private static final int REVIEWS_SHOWN = 10;

    private final ViewMentor viewMentor;
    private final ApplyAsMentor applyAsMentor;
    private final EditMentorProfile editMentorProfile;
    private final ListMentorReviews listMentorReviews;

    MentorProfileHandlers(ViewMentor viewMentor, ApplyAsMentor applyAsMentor,
                                 EditMentorProfile editMentorProfile, ListMentorReviews listMentorReviews) {
        this.viewMentor = viewMentor;
        this.applyAsMentor = applyAsMentor;
        this.editMentorProfile = editMentorProfile;
        this.listMentorReviews = listMentorReviews;
    }

    /**
     * {@code GET /mentor/{id}}, public: who may see which mentor and which plans, and who is asked to sign in to
     * book, is the core's to say. The page shows two core answers side by side, the mentor and their newest reviews
     * (both read, neither decides for the other); older reviews have pages of their own.
     */
    public void page(Context ctx) {
        var mentor = Requests.id(ctx, "id", text -> UserId.parse("mentor", text));
        var actor = Requests.actorOrVisitor(ctx);
        var page = viewMentor.view(new ViewMentor.Query(actor, mentor));
        var reviews = listMentorReviews.list(new ListMentorReviews.Query(actor, mentor, ReviewCursor.NEWEST,
                REVIEWS_SHOWN));
        ctx.render("mentor/profile.jte", Map.of("frame", Requests.frame(ctx, page.name()),
                "mentor", MentorProfileView.of(page, Requests.session(ctx).isPresent()),
                "reviews", ReviewViews.Section.firstPage(reviews)));
    }

    /** {@code GET /mentor/apply}. */
    public void applyForm(Context ctx) {
        renderApply(ctx, DetailsForm.EMPTY, "");
    }

    /** {@code POST /mentor/apply}: the new mentor lands on their dashboard, which says verification is pending. */
    public void apply(Context ctx) {
        var typed = DetailsForm.typed(ctx);
        try {
            applyAsMentor.apply(new ApplyAsMentor.Command(Requests.actor(ctx), typed.details()));
            ctx.redirect("/mentor/dashboard", HttpStatus.SEE_OTHER);
        } catch (DomainException.Validation | DomainException.Conflict refused) {
            ctx.status(ErrorMapper.status(refused));
            renderApply(ctx, typed, FormErrors.message(refused));
        }
    }

    /** {@code POST /mentor/profile}: a refused edit comes back as a form with what was typed. */
    public void editProfile(Context ctx) {
        var typed = DetailsForm.typed(ctx);
        try {
            editMentorProfile.edit(new EditMentorProfile.Command(Requests.actor(ctx), typed.details()));
            ctx.redirect("/mentor/dashboard", HttpStatus.SEE_OTHER);
        } catch (DomainException.Validation refused) {
            ctx.status(ErrorMapper.status(refused));
            ctx.render("mentor/detailsForm.jte", Map.of("frame", Requests.frame(ctx, "Edit your mentor profile"),
                    "applying", false, "action", "/mentor/profile", "submit", "Save profile", "form", typed,
                    "error", FormErrors.message(refused)));
        }
    }

    private static void renderApply(Context ctx, DetailsForm form, String error) {
        ctx.render("mentor/detailsForm.jte", Map.of("frame", Requests.frame(ctx, "Become a mentor"),
                "applying", true, "action", "/mentor/apply", "submit", "Apply to mentor", "form", form,
                "error", error));
    }
}

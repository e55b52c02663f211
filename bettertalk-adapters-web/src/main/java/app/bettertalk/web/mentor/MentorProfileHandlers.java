package app.bettertalk.web.mentor;

import app.bettertalk.core.mentor.ApplyAsMentor;
import app.bettertalk.core.mentor.EditMentorProfile;
import app.bettertalk.core.mentor.ViewMentor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.web.ErrorMapper;
import app.bettertalk.web.Requests;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.Map;

/** A mentor's public page, applying to mentor and editing one's mentor profile. */
final class MentorProfileHandlers {
    private final ViewMentor viewMentor;
    private final ApplyAsMentor applyAsMentor;
    private final EditMentorProfile editMentorProfile;

    MentorProfileHandlers(ViewMentor viewMentor, ApplyAsMentor applyAsMentor,
                                 EditMentorProfile editMentorProfile) {
        this.viewMentor = viewMentor;
        this.applyAsMentor = applyAsMentor;
        this.editMentorProfile = editMentorProfile;
    }

    /**
     * {@code GET /mentor/{id}}, public: who may see which mentor and which plans, and who is asked to sign in to
     * book, is the core's to say.
     */
    public void page(Context ctx) {
        var mentor = Requests.id(ctx, "id", text -> UserId.parse("mentor", text));
        var page = viewMentor.view(new ViewMentor.Query(Requests.actorOrVisitor(ctx), mentor));
        ctx.render("mentor/profile.jte", Map.of("frame", Requests.frame(ctx, page.name()),
                "mentor", MentorProfileView.of(page, Requests.session(ctx).isPresent())));
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

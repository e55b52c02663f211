package app.bettertalk.web.admin;

import app.bettertalk.core.community.CreateGroup;
import app.bettertalk.core.community.ListGroups;
import app.bettertalk.core.mentor.VerifyMentor;
import app.bettertalk.core.mentor.ViewMentorRoster;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.web.ErrorMapper;
import app.bettertalk.web.Requests;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.Map;

/**
 * The admin page: mentors to verify or unverify, and the groups with a form to open one. Whether the actor is an
 * admin is the core's to say; the roster answers it before anything else is read.
 */
final class AdminHandlers {
    /** More mentors than an admin could review on one page. */
    static final int MENTORS_SHOWN = 500;

    private final ViewMentorRoster viewMentorRoster;
    private final ListGroups listGroups;
    private final VerifyMentor verifyMentor;
    private final CreateGroup createGroup;

    AdminHandlers(ViewMentorRoster viewMentorRoster, ListGroups listGroups, VerifyMentor verifyMentor,
                         CreateGroup createGroup) {
        this.viewMentorRoster = viewMentorRoster;
        this.listGroups = listGroups;
        this.verifyMentor = verifyMentor;
        this.createGroup = createGroup;
    }

    public void page(Context ctx) {
        render(ctx, AdminViews.GroupForm.EMPTY);
    }

    public void verify(Context ctx) {
        decide(ctx, true);
    }

    public void unverify(Context ctx) {
        decide(ctx, false);
    }

    public void createGroup(Context ctx) {
        var name = Requests.form(ctx, "name");
        var description = Requests.form(ctx, "description");
        try {
            createGroup.create(new CreateGroup.Command(Requests.actor(ctx), name, description));
            ctx.redirect("/admin#groups", HttpStatus.SEE_OTHER);
        } catch (DomainException.Validation | DomainException.Conflict refused) {
            ctx.status(ErrorMapper.status(refused));
            var reason = refused instanceof DomainException.Validation v
                    ? label(v.field()) + " " + v.rule() + "." : "A group with that name already exists.";
            render(ctx, new AdminViews.GroupForm(name, description, reason));
        }
    }

    private void decide(Context ctx, boolean verified) {
        var mentor = Requests.id(ctx, "id", text -> UserId.parse("mentor", text));
        verifyMentor.verify(new VerifyMentor.Command(Requests.actor(ctx), mentor, verified));
        ctx.redirect("/admin#mentors", HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, AdminViews.GroupForm form) {
        var actor = Requests.actor(ctx);
        var roster = viewMentorRoster.view(new ViewMentorRoster.Query(actor, MENTORS_SHOWN));
        var groups = listGroups.list(new ListGroups.Query(actor)).stream().map(AdminViews.GroupRow::of).toList();
        var page = new AdminViews.Page(roster.awaitingVerification().stream().map(AdminViews.MentorRow::of).toList(),
                roster.verified().stream().map(AdminViews.MentorRow::of).toList(), groups, form);
        ctx.render("admin/admin.jte", Map.of("frame", Requests.frame(ctx, "Admin"), "page", page));
    }

    private static String label(String field) {
        return switch (field) {
            case "name" -> "The name";
            case "description" -> "The description";
            default -> field;
        };
    }
}

package app.bettertalk.web.identity;

import app.bettertalk.core.access.Role;
import app.bettertalk.core.booking.ListMyBookings;
import app.bettertalk.core.community.GroupCard;
import app.bettertalk.core.community.ListGroups;
import app.bettertalk.core.identity.ProfileView;
import app.bettertalk.core.identity.ChangeBlock;
import app.bettertalk.core.identity.ListBlocked;
import app.bettertalk.core.identity.UpdateProfile;
import app.bettertalk.core.identity.ViewProfile;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.web.ErrorMapper;
import app.bettertalk.web.Requests;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.Map;
import java.util.Optional;

/** One's own profile with its tabs (info, joined groups, sessions), editing it, and other people's public profiles. */
final class ProfileHandlers {
    private final ChangeBlock changeBlock;
    private final ListBlocked listBlocked;
    private final ViewProfile viewProfile;
    private final UpdateProfile updateProfile;
    private final ListGroups listGroups;
    private final ListMyBookings listMyBookings;

    ProfileHandlers(ViewProfile viewProfile, UpdateProfile updateProfile, ListGroups listGroups,
                           ListMyBookings listMyBookings, ChangeBlock changeBlock, ListBlocked listBlocked) {
        this.changeBlock = changeBlock;
        this.listBlocked = listBlocked;
        this.viewProfile = viewProfile;
        this.updateProfile = updateProfile;
        this.listGroups = listGroups;
        this.listMyBookings = listMyBookings;
    }

    /** {@code ?tab=info|groups|sessions}; anything else is the info tab. */
    public void page(Context ctx) {
        switch (String.valueOf(ctx.queryParam("tab"))) {
            case "groups" -> groups(ctx);
            case "sessions" -> sessions(ctx);
            default -> info(ctx, ProfileViews.Info.of(ownProfile(ctx), "1".equals(ctx.queryParam("saved"))));
        }
    }

    public void update(Context ctx) {
        var typed = Map.of("displayName", Requests.form(ctx, "displayName"), "bio", Requests.form(ctx, "bio"),
                "age", Requests.form(ctx, "age"), "phone", Requests.form(ctx, "phone"));
        try {
            updateProfile.update(new UpdateProfile.Command(Requests.actor(ctx), typed.get("displayName"),
                    typed.get("bio"), typed.get("age"), typed.get("phone")));
            ctx.redirect("/profile?tab=info&saved=1", HttpStatus.SEE_OTHER);
        } catch (DomainException.Validation refused) {
            ctx.status(ErrorMapper.status(refused));
            var stored = ownProfile(ctx);
            info(ctx, new ProfileViews.Info(stored.username(), stored.email(), typed.get("phone"), typed.get("age"),
                    typed.get("displayName"), typed.get("bio"), refused.field(), refused.rule(), false,
                    stored.role() == Role.MENTOR));
        }
    }

    /** Someone's public profile; one's own shows the same way, with a pointer to where it is edited. */
    public void publicProfile(Context ctx) {
        var whose = Requests.id(ctx, "id", text -> UserId.parse("user", text));
        var view = viewProfile.view(new ViewProfile.Query(Requests.actor(ctx), whose));
        var actor = Requests.actor(ctx);
        ctx.render("identity/profile/public.jte", Map.of("frame", Requests.frame(ctx, view.username()),
                "profile", ProfileViews.Public.of(view), "id", whose.toString(),
                "blocked", listBlocked.list(actor).contains(whose),
                "notice", Optional.ofNullable(ctx.queryParam("block")).orElse("")));
    }

    /** {@code POST /profile/{id}/block} and {@code /unblock}: silent to the other person; back to their profile. */
    public void block(Context ctx, boolean blocked) {
        var whose = blockQuietly(ctx, blocked);
        ctx.redirect("/profile/" + whose + "?block=" + (blocked ? "on" : "off"), HttpStatus.SEE_OTHER);
    }

    UserId blockQuietly(Context ctx, boolean blocked) {
        var whose = Requests.id(ctx, "id", text -> UserId.parse("user", text));
        changeBlock.change(new ChangeBlock.Command(Requests.actor(ctx), whose, blocked));
        return whose;
    }

    private void groups(Context ctx) {
        var joined = listGroups.list(new ListGroups.Query(Requests.actor(ctx))).stream().filter(GroupCard::joined)
                .map(ProfileViews.JoinedGroup::of).toList();
        ctx.render("identity/profile/groups.jte", Map.of("frame", Requests.frame(ctx, "Your groups"),
                "groups", joined));
    }

    private void sessions(Context ctx) {
        var mine = listMyBookings.list(new ListMyBookings.Query(Requests.actor(ctx)));
        var frame = Requests.frame(ctx, "Sessions & mentors");
        var sessions = new ProfileViews.Sessions(mine.made().stream().map(ProfileViews.BookingRow::of).toList(),
                mine.withMe().stream().map(ProfileViews.BookingRow::of).toList(), mine.mentors());
        ctx.render("identity/profile/sessions.jte", Map.of("frame", frame, "sessions", sessions));
    }

    private ProfileView ownProfile(Context ctx) {
        var actor = Requests.actor(ctx);
        return viewProfile.view(new ViewProfile.Query(actor, actor.id()));
    }

    private static void info(Context ctx, ProfileViews.Info info) {
        ctx.render("identity/profile/info.jte", Map.of("frame", Requests.frame(ctx, "Your profile"), "info", info));
    }
}

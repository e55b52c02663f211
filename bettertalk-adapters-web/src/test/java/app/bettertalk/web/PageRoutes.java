package app.bettertalk.web;

import app.bettertalk.core.identity.Consent;
import app.bettertalk.web.RouteMatrix.Entry;

import java.util.List;

import static app.bettertalk.web.MatrixRequest.form;
import static app.bettertalk.web.MatrixRequest.get;
import static app.bettertalk.web.MatrixRequest.upload;
import static app.bettertalk.web.MatrixWorld.Person.ADMIN;
import static app.bettertalk.web.MatrixWorld.Person.APPLICANT;
import static app.bettertalk.web.MatrixWorld.Person.MENTOR;
import static app.bettertalk.web.MatrixWorld.Person.NEWCOMER;
import static app.bettertalk.web.MatrixWorld.Person.OTHER_MENTOR;
import static app.bettertalk.web.MatrixWorld.Person.STRANGER;
import static app.bettertalk.web.MatrixWorld.Person.USER;
import static app.bettertalk.web.MatrixWorld.Person.VISITOR;
import static app.bettertalk.web.RouteMatrix.Entry.open;
import static app.bettertalk.web.RouteMatrix.Entry.page;

/** The route matrix's rows for the server-rendered pages and their forms. */
final class PageRoutes {
    private static final String PUBLIC = "a public route: whoever asks gets the same";
    private static final String ANYONE = "any onboarded person may";
    private static final String OWN = "it is always the caller's own";

    private PageRoutes() {
    }

    static List<Entry> entries() {
        return List.of(
                // sign-in, sign-out and onboarding
                open("GET /health", w -> get("/health")).signedOut("200").notOnboarded("200")
                        .noWrongUser(PUBLIC).noWrongRole(PUBLIC).owner(USER, "200"),
                open("POST /signout/everywhere", w -> form("/signout/everywhere")).signedOut("303 /signin")
                        .notOnboarded("303 /signin?signedOut=everywhere")
                        .noWrongUser(OWN).noWrongRole(OWN).owner(USER, "303 /signin?signedOut=everywhere"),
                open("GET /help", w -> get("/help")).signedOut("200").notOnboarded("200")
                        .noWrongUser("a public page; the safety plan on it is always the caller's own")
                        .noWrongRole(PUBLIC).owner(USER, "200"),
                page("POST /help/plan", w -> form("/help/plan", "warningSigns", "Not sleeping.", "copingSteps",
                        "A walk.", "peopleToCall", "Priya", "reasonsForLiving", "", "safeSurroundings", ""))
                        .noWrongUser(OWN).noWrongRole(OWN).owner(USER, "303 /help?saved=1#safety-plan")
                        .owner(USER, "a section too long", w -> form("/help/plan", "warningSigns",
                                "x".repeat(2_001)), "422"),
                open("GET /", w -> get("/")).signedOut("200").notOnboarded("303 /groups")
                        .noWrongUser(PUBLIC).noWrongRole(PUBLIC).owner(USER, "303 /groups"),
                open("GET /signin", w -> get("/signin")).signedOut("200").notOnboarded("303 /groups")
                        .noWrongUser(PUBLIC).noWrongRole(PUBLIC).owner(USER, "303 /groups"),
                open("POST /auth/dev", w -> form("/auth/dev", "email", w.fresh + "@matrix.example", "name", "Fresh"))
                        .signedOut("303 /onboarding").notOnboarded("303 /onboarding")
                        .noWrongUser(PUBLIC).noWrongRole(PUBLIC).owner(USER, "303 /onboarding"),
                open("GET /auth/google", w -> get("/auth/google"))
                        .signedOut("303 " + OfflineGoogle.AUTHORIZE + "*")
                        .notOnboarded("303 " + OfflineGoogle.AUTHORIZE + "*")
                        .noWrongUser(PUBLIC).noWrongRole(PUBLIC).owner(USER, "303 " + OfflineGoogle.AUTHORIZE + "*"),
                open("GET /auth/google/callback", w -> get("/auth/google/callback?state=s&code=c"))
                        .signedOut("303 /signin?error=expired").notOnboarded("303 /signin?error=expired")
                        .noWrongUser(PUBLIC).noWrongRole(PUBLIC).owner(USER, "303 /signin?error=expired"),
                open("POST /signout", w -> form("/signout")).signedOut("303 /signin").notOnboarded("303 /")
                        .noWrongUser(OWN).noWrongRole(OWN).owner(USER, "303 /"),
                open("GET /onboarding", w -> get("/onboarding")).signedOut("303 /signin?return=%2Fonboarding")
                        .notOnboarded("200")
                        .noWrongUser(OWN).wrongRole(USER, "already onboarded", null, "303 /groups")
                        .owner(NEWCOMER, "200"),
                open("POST /onboarding", w -> form("/onboarding", "phone", "98765 43210", "age", "30", "username",
                        w.fresh, "terms", Consent.CURRENT)).signedOut("303 /signin").notOnboarded("303 /groups")
                        .noWrongUser(OWN).wrongRole(USER, "already onboarded", null, "409")
                        .owner(NEWCOMER, "303 /groups")
                        .owner(NEWCOMER, "without agreeing to the terms", w -> form("/onboarding", "phone",
                                "98765 43210", "age", "30", "username", w.fresh), "422"),
                page("GET /profile/data", w -> get("/profile/data")).noWrongUser(OWN).noWrongRole(OWN)
                        .owner(USER, "200"),
                page("GET /profile/delete", w -> get("/profile/delete")).noWrongUser(OWN).noWrongRole(OWN)
                        .owner(USER, "200"),
                page("POST /profile/delete", w -> form("/profile/delete", "confirmation", "not my username",
                        "posts", "keep", "messages", "keep")).noWrongUser(OWN).noWrongRole(OWN)
                        .owner(USER, "422"),
                open("GET /privacy", w -> get("/privacy")).signedOut("200").notOnboarded("200")
                        .noWrongUser(PUBLIC).noWrongRole(PUBLIC).owner(USER, "200"),
                open("GET /terms", w -> get("/terms")).signedOut("200").notOnboarded("200")
                        .noWrongUser(PUBLIC).noWrongRole(PUBLIC).owner(USER, "200"),
                // groups
                page("GET /groups", w -> get("/groups")).noWrongUser(ANYONE).noWrongRole(ANYONE).owner(USER, "200"),
                page("GET /groups/{id}", w -> get("/groups/" + w.group))
                        .wrongUser(STRANGER, "not a member", null, "200").noWrongRole(ANYONE).owner(USER, "200"),
                page("POST /groups/{id}/join", w -> form("/groups/" + w.group + "/join", "from", "group"))
                        .noWrongUser(ANYONE + " join").noWrongRole(ANYONE + " join")
                        .owner(STRANGER, "303 /groups/*"),
                page("POST /groups/{id}/leave", w -> form("/groups/" + w.group + "/leave", "from", "group"))
                        .noWrongUser("leaving a group one is not in changes nothing").noWrongRole(ANYONE)
                        .owner(USER, "303 /groups/*"),
                page("POST /groups/{id}/posts", w -> form("/groups/" + w.group + "/posts", "content", "Hello"))
                        .wrongUser(STRANGER, "not a member", null, "403").noWrongRole("membership is the rule")
                        .owner(USER, "303 /groups/*"),
                page("POST /posts/{id}/comments", w -> form("/posts/" + w.post + "/comments", "content", "Same",
                        "group", w.group.toString()))
                        .wrongUser(STRANGER, "not a member", null, "403").noWrongRole("membership is the rule")
                        .owner(USER, "303 /groups/*"),
                // the writer's own posts and comments: the stranger may read them, so is told they are not theirs
                page("GET /posts/{id}/edit", w -> get("/posts/" + w.post + "/edit")).wrongUser(STRANGER, "403")
                        .wrongRole(ADMIN, "moderators hide, not edit", null, "403").owner(USER, "200")
                        .owner(USER, "no such post", w -> get("/posts/" + w.chat + "/edit"), "404"),
                page("POST /posts/{id}/edit", w -> form("/posts/" + w.post + "/edit", "content", "Edited",
                        "group", w.group.toString())).wrongUser(STRANGER, "403")
                        .wrongRole(ADMIN, "moderators hide, not edit", null, "403").owner(USER, "303 /groups/*")
                        .owner(USER, "blank", w -> form("/posts/" + w.post + "/edit", "content", " "), "422"),
                page("POST /posts/{id}/delete", w -> form("/posts/" + w.post + "/delete", "confirm", "yes",
                        "group", w.group.toString())).wrongUser(STRANGER, "403")
                        .wrongRole(ADMIN, "moderators hide, not delete", null, "403").owner(USER, "303 /groups/*")
                        .owner(USER, "asked first", w -> form("/posts/" + w.post + "/delete"), "200"),
                page("GET /comments/{id}/edit", w -> get("/comments/" + w.comment + "/edit"))
                        .wrongUser(STRANGER, "403").wrongRole(ADMIN, "moderators hide, not edit", null, "403")
                        .owner(USER, "200"),
                page("POST /comments/{id}/edit", w -> form("/comments/" + w.comment + "/edit", "content", "Edited",
                        "group", w.group.toString())).wrongUser(STRANGER, "403")
                        .wrongRole(ADMIN, "moderators hide, not edit", null, "403").owner(USER, "303 /groups/*")
                        .owner(USER, "blank", w -> form("/comments/" + w.comment + "/edit", "content", ""), "422"),
                page("POST /comments/{id}/delete", w -> form("/comments/" + w.comment + "/delete", "confirm", "yes",
                        "group", w.group.toString())).wrongUser(STRANGER, "403")
                        .wrongRole(ADMIN, "moderators hide, not delete", null, "403").owner(USER, "303 /groups/*")
                        .owner(USER, "asked first", w -> form("/comments/" + w.comment + "/delete"), "200"),
                // profile
                page("GET /profile", w -> get("/profile")).noWrongUser(OWN).noWrongRole(OWN).owner(USER, "200")
                        .owner(USER, "groups tab", w -> get("/profile?tab=groups"), "200")
                        .owner(USER, "sessions tab", w -> get("/profile?tab=sessions"), "200"),
                page("POST /profile", w -> form("/profile", "displayName", "Asha", "bio", "Resting.", "age", "31",
                        "phone", MatrixWorld.PHONE)).noWrongUser(OWN).noWrongRole(OWN)
                        .owner(USER, "303 /profile?tab=info&saved=1"),
                page("GET /profile/{id}", w -> get("/profile/" + w.id(USER)))
                        .wrongUser(STRANGER, "public fields only", null, "200").noWrongRole(ANYONE)
                        .owner(USER, "200").allowed(ADMIN, "200"),
                // email choices, and the unsubscribe link that works without signing in
                page("GET /profile/emails", w -> get("/profile/emails")).noWrongUser(OWN).noWrongRole(OWN)
                        .owner(USER, "200"),
                page("POST /profile/emails", w -> form("/profile/emails", "kind", "FIRST_MESSAGE")).noWrongUser(OWN)
                        .noWrongRole(OWN).owner(USER, "303 /profile/emails?saved=1"),
                open("GET /unsubscribe", w -> get("/unsubscribe?token=" + w.unsubscribeToken())).signedOut("200")
                        .notOnboarded("200").noWrongUser("the signed token, not the caller, names whose choice it is")
                        .noWrongRole(PUBLIC).owner(USER, "200"),
                open("POST /unsubscribe", w -> form("/unsubscribe", "token", w.unsubscribeToken())).signedOut("200")
                        .notOnboarded("200").noWrongUser("the signed token, not the caller, names whose choice it is")
                        .noWrongRole(PUBLIC).owner(USER, "200")
                        .owner(USER, "a forged token", w -> form("/unsubscribe", "token", "forged.token"), "422"),
                // blocking
                page("POST /profile/{id}/block", w -> form("/profile/" + w.id(STRANGER) + "/block"))
                        .noWrongUser(OWN).noWrongRole(ANYONE + " block").owner(USER, "303 /profile/*")
                        .owner(USER, "themself", w -> form("/profile/" + w.id(USER) + "/block"), "422")
                        .owner(USER, "nobody of that id", w -> form("/profile/" + w.post + "/block"), "404"),
                page("POST /profile/{id}/unblock", w -> form("/profile/" + w.id(STRANGER) + "/unblock"))
                        .noWrongUser(OWN).noWrongRole(ANYONE + " unblock").owner(USER, "303 /profile/*"),
                // reports and moderation
                page("GET /report", w -> get("/report?kind=post&id=" + w.post + "&back=/groups/" + w.group))
                        .noWrongUser(ANYONE + " report").noWrongRole(ANYONE + " report").owner(STRANGER, "200")
                        .owner(STRANGER, "nothing of that id", w -> get("/report?kind=post&id=" + w.chat), "200"),
                page("POST /report", w -> form("/report", "kind", "post", "id", w.post.toString(), "reason", "spam",
                        "details", "Ads", "back", "/groups/" + w.group))
                        .wrongUser(USER, "reporting their own post", null, "403")
                        .noWrongRole(ANYONE + " report").owner(MENTOR, "200")
                        .owner(MENTOR, "nothing of that id", w -> form("/report", "kind", "post", "id",
                                w.chat.toString(), "reason", "spam"), "404")
                        .owner(MENTOR, "no reason", w -> form("/report", "kind", "post", "id", w.post.toString()),
                                "422"),
                page("GET /profile/reports", w -> get("/profile/reports")).noWrongUser(OWN).noWrongRole(OWN)
                        .owner(STRANGER, "200"),
                page("GET /admin/moderation", w -> get("/admin/moderation")).noWrongUser("no one's own")
                        .wrongRole(STRANGER, "403").wrongRole(MENTOR, "403").owner(ADMIN, "200"),
                page("GET /admin/moderation/{id}", w -> get("/admin/moderation/" + w.reportCase))
                        .noWrongUser("no one's own").wrongRole(USER, "403").wrongRole(STRANGER, "403")
                        .owner(ADMIN, "200"),
                page("POST /admin/moderation/{id}/decision", w -> form("/admin/moderation/" + w.reportCase
                        + "/decision", "outcome", "dismiss", "note", "Not spam"))
                        .noWrongUser("no one's own").wrongRole(STRANGER, "403").wrongRole(MENTOR, "403")
                        .owner(ADMIN, "303 /admin/moderation?decided=dismissed")
                        .owner(ADMIN, "a suspension of 0 days", w -> form("/admin/moderation/" + w.reportCase
                                + "/decision", "outcome", "suspend", "days", "0"), "422"),
                // admin
                page("GET /admin", w -> get("/admin")).noWrongUser("no one's own")
                        .wrongRole(STRANGER, "403").wrongRole(MENTOR, "403").owner(ADMIN, "200"),
                page("POST /admin/mentors/{id}/verify", w -> form("/admin/mentors/" + w.id(APPLICANT) + "/verify"))
                        .wrongUser(APPLICANT, "verifying themself", null, "403").wrongRole(STRANGER, "403")
                        .owner(ADMIN, "303 /admin#mentors"),
                page("POST /admin/mentors/{id}/unverify",
                        w -> form("/admin/mentors/" + w.id(MENTOR) + "/unverify"))
                        .wrongUser(MENTOR, "unverifying themself", null, "403").wrongRole(STRANGER, "403")
                        .owner(ADMIN, "303 /admin#mentors"),
                page("POST /admin/groups", w -> form("/admin/groups", "name", "New group " + w.n, "description",
                        "For the matrix.")).noWrongUser("no one's own").wrongRole(MENTOR, "403")
                        .owner(ADMIN, "303 /admin#groups"),
                page("GET /admin/words", w -> get("/admin/words")).noWrongUser("no one's own")
                        .wrongRole(STRANGER, "403").wrongRole(MENTOR, "403").owner(ADMIN, "200"),
                page("POST /admin/words", w -> form("/admin/words", "word", "matrix" + w.n, "action", "hold"))
                        .noWrongUser("no one's own").wrongRole(STRANGER, "403").wrongRole(MENTOR, "403")
                        .owner(ADMIN, "303 /admin/words?*")
                        .owner(ADMIN, "an action that is none", w -> form("/admin/words", "word", "x",
                                "action", "delete"), "422"),
                page("POST /admin/words/remove", w -> form("/admin/words/remove", "word", w.watchedWord))
                        .noWrongUser("no one's own").wrongRole(STRANGER, "403").wrongRole(MENTOR, "403")
                        .owner(ADMIN, "303 /admin/words?*")
                        .owner(ADMIN, "a word not watched", w -> form("/admin/words/remove", "word",
                                "never" + w.n), "404"),
                // mentors
                page("GET /mentor/apply", w -> get("/mentor/apply")).noWrongUser(ANYONE + " apply")
                        .noWrongRole(ANYONE + " apply").owner(STRANGER, "200"),
                page("POST /mentor/apply", w -> form("/mentor/apply", "headline", "Here for hard days", "bio",
                        "I have been there.", "expertise", "anxiety", "languages", "English", "experience", "3"))
                        .noWrongUser(OWN).wrongRole(MENTOR, "already a mentor", null, "409")
                        .owner(STRANGER, "303 /mentor/dashboard"),
                page("GET /mentor/dashboard", w -> get("/mentor/dashboard")).noWrongUser(OWN)
                        .wrongRole(STRANGER, "403").owner(MENTOR, "200").allowed(APPLICANT, "200"),
                page("GET /mentor/dashboard/plans", w -> get("/mentor/dashboard/plans")).noWrongUser(OWN)
                        .wrongRole(STRANGER, "403").owner(MENTOR, "200").allowed(APPLICANT, "200"),
                page("POST /mentor/photo", w -> upload("/mentor/photo", MatrixWorld.PHOTO)).noWrongUser(OWN)
                        .wrongRole(STRANGER, "403").owner(MENTOR, "303 /mentor/dashboard#photo")
                        .owner(MENTOR, "no file chosen", w -> form("/mentor/photo"), "422")
                        .allowed(APPLICANT, "303 /mentor/dashboard#photo"),
                page("POST /mentor/photo/remove", w -> form("/mentor/photo/remove")).noWrongUser(OWN)
                        .wrongRole(STRANGER, "403").owner(MENTOR, "303 /mentor/dashboard#photo"),
                page("POST /mentor/profile", w -> form("/mentor/profile", "headline", "Still here", "bio",
                        "I listen.", "expertise", "grief", "languages", "Hindi", "experience", "9"))
                        .noWrongUser(OWN).wrongRole(STRANGER, "403").owner(MENTOR, "303 /mentor/dashboard"),
                page("POST /mentor/plans", w -> planForm("/mentor/plans")).noWrongUser(OWN)
                        .wrongRole(STRANGER, "403").owner(MENTOR, "303 /mentor/dashboard#plans"),
                page("GET /mentor/plans/{id}/edit", w -> get("/mentor/plans/" + w.plan + "/edit"))
                        .wrongUser(OTHER_MENTOR, "404").wrongRole(STRANGER, "404").owner(MENTOR, "200"),
                page("POST /mentor/plans/{id}", w -> planForm("/mentor/plans/" + w.plan))
                        .wrongUser(OTHER_MENTOR, "403").wrongRole(STRANGER, "403")
                        .wrongUser(OTHER_MENTOR, "an unverified mentor's plan",
                                w -> planForm("/mentor/plans/" + w.applicantPlan), "404")
                        .owner(MENTOR, "303 /mentor/dashboard#plans"),
                page("POST /mentor/plans/{id}/activate", w -> form("/mentor/plans/" + w.retiredPlan + "/activate"))
                        .wrongUser(OTHER_MENTOR, "a deactivated plan is hidden from them", null, "404")
                        .wrongRole(STRANGER, "404").wrongRole(ADMIN, "sees it, may not change it", null, "403")
                        .owner(MENTOR, "303 /mentor/dashboard#plans"),
                page("POST /mentor/plans/{id}/deactivate", w -> form("/mentor/plans/" + w.plan + "/deactivate"))
                        .wrongUser(OTHER_MENTOR, "403").wrongRole(STRANGER, "403")
                        .owner(MENTOR, "303 /mentor/dashboard#plans"),
                open("GET /mentor/{id}", w -> get("/mentor/" + w.id(MENTOR))).signedOut("200").notOnboarded("200")
                        .wrongUser(STRANGER, "no deactivated plans", null, "200")
                        .wrongUser(VISITOR, "an unverified mentor", w -> get("/mentor/" + w.id(APPLICANT)), "404")
                        .wrongUser(STRANGER, "an unverified mentor", w -> get("/mentor/" + w.id(APPLICANT)), "404")
                        .noWrongRole(ANYONE + " see a verified mentor").owner(MENTOR, "200")
                        .owner(APPLICANT, "their own page, unverified", w -> get("/mentor/" + w.id(APPLICANT)), "200"),
                open("GET /mentors/{id}/photo", w -> get("/mentors/" + w.id(MENTOR) + "/photo"))
                        .signedOut("200").notOnboarded("200").noWrongRole(ANYONE + " see a verified mentor's photo")
                        .wrongUser(VISITOR, "an unverified mentor's", w -> get("/mentors/" + w.id(APPLICANT)
                                + "/photo"), "404")
                        .wrongUser(STRANGER, "an unverified mentor's", w -> get("/mentors/" + w.id(APPLICANT)
                                + "/photo"), "404")
                        .wrongUser(STRANGER, "someone with no photo", w -> get("/mentors/" + w.id(OTHER_MENTOR)
                                + "/photo"), "404")
                        .owner(APPLICANT, "their own, unverified", w -> get("/mentors/" + w.id(APPLICANT)
                                + "/photo"), "200").allowed(ADMIN, "an unverified mentor's",
                                w -> get("/mentors/" + w.id(APPLICANT) + "/photo"), "200"),
                // the mentor directory
                page("GET /mentors", w -> get("/mentors?topic=anxiety&sort=price_asc"))
                        .noWrongUser(ANYONE + " search verified mentors")
                        .noWrongRole(ANYONE + " search verified mentors").owner(USER, "200")
                        .owner(USER, "a sort off the list", w -> get("/mentors?sort=cheapest"), "422"),
                // booking
                page("GET /book/{planId}", w -> get("/book/" + w.plan))
                        .wrongUser(STRANGER, "a deactivated plan", w -> get("/book/" + w.retiredPlan), "404")
                        .wrongUser(STRANGER, "an unverified mentor's plan", w -> get("/book/" + w.applicantPlan),
                                "404")
                        .noWrongRole(ANYONE + " book a verified mentor").owner(STRANGER, "200"),
                page("POST /book/{planId}", w -> form("/book/" + w.plan))
                        .wrongUser(STRANGER, "an unverified mentor's plan", w -> form("/book/" + w.applicantPlan),
                                "404")
                        .wrongUser(STRANGER, "a deactivated plan: no longer offered",
                                w -> form("/book/" + w.retiredPlan), "409")
                        .wrongRole(MENTOR, "their own plan", null, "403").owner(STRANGER, "303 /bookings/*"),
                page("GET /bookings/{id}", w -> get("/bookings/" + w.pending)).wrongUser(STRANGER, "404")
                        .wrongUser(OTHER_MENTOR, "404").noWrongRole("its user, its mentor and admins read it")
                        .owner(USER, "200").allowed(MENTOR, "200").allowed(ADMIN, "200"),
                page("POST /bookings/{id}/pay", w -> form("/bookings/" + w.pending + "/pay"))
                        .wrongUser(STRANGER, "404").wrongRole(MENTOR, "403").owner(USER, "303 /chat/*")
                        .allowed(ADMIN, "303 /chat/*"),
                page("POST /bookings/{id}/cancel", w -> form("/bookings/" + w.pending + "/cancel"))
                        .wrongUser(STRANGER, "404").wrongRole(MENTOR, "403").owner(USER, "303 /bookings/*")
                        .allowed(ADMIN, "303 /bookings/*"),
                // the paid booking's mentor has replied, so its user is past the default cancellation rule
                page("POST /bookings/{id}/refund", w -> form("/bookings/" + w.paid + "/refund", "confirm", "yes"))
                        .wrongUser(STRANGER, "404").wrongUser(OTHER_MENTOR, "404")
                        .wrongRole(USER, "its mentor has replied: past the cancellation rule", null, "409")
                        .owner(MENTOR, "303 /bookings/*").allowed(ADMIN, "303 /bookings/*")
                        .allowed(ADMIN, "an unpaid booking is cancelled, not refunded",
                                w -> form("/bookings/" + w.pending + "/refund", "confirm", "yes"), "409"),
                // reviews: the user's ended session with the other mentor, reviewed; the mentor's is still open
                page("GET /bookings/{id}/review", w -> get("/bookings/" + w.ended + "/review"))
                        .wrongUser(STRANGER, "404").wrongUser(MENTOR, "not this booking's mentor", null, "404")
                        .wrongRole(OTHER_MENTOR, "the session's mentor", null, "403")
                        .wrongRole(ADMIN, "reads the booking, may not review it", null, "403").owner(USER, "200")
                        .owner(USER, "a chat still open", w -> get("/bookings/" + w.paid + "/review"), "409"),
                page("POST /bookings/{id}/review", w -> form("/bookings/" + w.ended + "/review", "stars", "5",
                        "text", "Better than I said"))
                        .wrongUser(STRANGER, "404").wrongRole(OTHER_MENTOR, "the session's mentor", null, "403")
                        .owner(USER, "303 /bookings/*/review?saved=1")
                        .owner(USER, "a chat still open", w -> form("/bookings/" + w.paid + "/review", "stars", "5"),
                                "409")
                        .owner(USER, "stars out of range", w -> form("/bookings/" + w.ended + "/review", "stars",
                                "6"), "422"),
                open("GET /mentor/{id}/reviews", w -> get("/mentor/" + w.id(OTHER_MENTOR) + "/reviews"))
                        .signedOut("200").notOnboarded("200")
                        .wrongUser(STRANGER, "a verified mentor's reviews are public", null, "200")
                        .wrongUser(VISITOR, "an unverified mentor", w -> get("/mentor/" + w.id(APPLICANT)
                                + "/reviews"), "404")
                        .wrongUser(STRANGER, "an unverified mentor", w -> get("/mentor/" + w.id(APPLICANT)
                                + "/reviews"), "404")
                        .noWrongRole(ANYONE + " read a verified mentor's reviews").owner(OTHER_MENTOR, "200"),
                page("POST /reviews/{id}/reply", w -> form("/reviews/" + w.review + "/reply", "text", "Thank you",
                        "mentor", w.id(OTHER_MENTOR).toString()))
                        .wrongUser(MENTOR, "another mentor", null, "403")
                        .wrongRole(USER, "the member who wrote it", null, "403")
                        .owner(OTHER_MENTOR, "303 /mentor/*#review-*"),
                // chat and notes
                page("GET /chats", w -> get("/chats")).noWrongUser(OWN).noWrongRole(OWN).owner(USER, "200")
                        .owner(MENTOR, "their chats as mentor", null, "200"),
                page("GET /chat/{chatId}", w -> get("/chat/" + w.chat)).wrongUser(STRANGER, "404")
                        .wrongRole(ADMIN, "404").owner(USER, "200").allowed(MENTOR, "200"),
                page("POST /chat/{chatId}/messages", w -> form("/chat/" + w.chat + "/messages", "text", "Hi",
                        "clientMessageId", "form-" + w.n)).wrongUser(STRANGER, "404").wrongRole(ADMIN, "404")
                        .owner(USER, "303 /chat/*").allowed(MENTOR, "303 /chat/*"),
                page("GET /chat/{chatId}/notes", w -> get("/chat/" + w.chat + "/notes")).wrongUser(STRANGER, "404")
                        .wrongRole(ADMIN, "404").owner(USER, "200").allowed(MENTOR, "200"),
                page("POST /chat/{chatId}/notes", w -> form("/chat/" + w.chat + "/notes", "text", "Next time",
                        "baseVersion", "1")).wrongUser(STRANGER, "404").wrongRole(USER, "only reads them", null,
                        "403").wrongRole(ADMIN, "404").owner(MENTOR, "303 /chat/*/notes"));
    }

    private static MatrixRequest planForm(String path) {
        return form(path, "title", "Two weeks", "description", "Check-ins.", "price", "799", "liveMinutes", "30",
                "chatDays", "14");
    }
}

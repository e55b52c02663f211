package app.bettertalk.web;

import app.bettertalk.core.identity.Consent;
import app.bettertalk.web.RouteMatrix.Entry;

import java.util.List;

import static app.bettertalk.web.MatrixRequest.get;
import static app.bettertalk.web.MatrixRequest.json;
import static app.bettertalk.web.MatrixRequest.upgrade;
import static app.bettertalk.web.MatrixWorld.Person.ADMIN;
import static app.bettertalk.web.MatrixWorld.Person.APPLICANT;
import static app.bettertalk.web.MatrixWorld.Person.MENTOR;
import static app.bettertalk.web.MatrixWorld.Person.NEWCOMER;
import static app.bettertalk.web.MatrixWorld.Person.OTHER_MENTOR;
import static app.bettertalk.web.MatrixWorld.Person.STRANGER;
import static app.bettertalk.web.MatrixWorld.Person.USER;
import static app.bettertalk.web.RouteMatrix.Entry.api;
import static app.bettertalk.web.RouteMatrix.Entry.open;

/** The route matrix's rows for the JSON API under {@code /api} and the WebSockets. */
final class ApiRoutes {
    private static final String PUBLIC = "a public route: whoever asks gets the same";
    private static final String ANYONE = "any onboarded person may";
    private static final String OWN = "it is always the caller's own";
    private static final String APPLICATION = """
            {"headline":"Listener","bio":"Peer support.","expertise":["anxiety"],"languages":["English"],\
            "experienceYears":5}""";
    private static final String TERMS = """
            {"title":"A month","description":"Daily check-ins.","pricePaise":149950,"liveSessionMinutes":30,\
            "chatWindowDays":30}""";

    private static final String SAFETY_PLAN = """
            {"warningSigns":"Not sleeping.","copingSteps":"A walk.","peopleToCall":"Priya","reasonsForLiving":"",\
            "safeSurroundings":""}""";

    private ApiRoutes() {
    }

    static List<Entry> entries() {
        return List.of(
                open("GET /api/openapi.json", w -> get("/api/openapi.json")).signedOut("200").notOnboarded("200")
                        .noWrongUser(PUBLIC).noWrongRole(PUBLIC).owner(USER, "200"),
                // one's account
                open("GET /api/v1/me", w -> get("/api/v1/me")).signedOut("401 signed_out").notOnboarded("200")
                        .noWrongUser(OWN).noWrongRole(OWN).owner(USER, "200"),
                api("PATCH /api/v1/me", w -> json("PATCH", "/api/v1/me", "{\"displayName\":\"Asha K\"}"))
                        .noWrongUser(OWN).noWrongRole(OWN).owner(USER, "200"),
                api("PUT /api/v1/me/blocks/{id}", w -> json("PUT", "/api/v1/me/blocks/" + w.id(STRANGER), ""))
                        .noWrongUser(OWN).noWrongRole(ANYONE + " block").owner(USER, "204")
                        .owner(USER, "themself", w -> json("PUT", "/api/v1/me/blocks/" + w.id(USER), ""), "422"),
                api("DELETE /api/v1/me/blocks/{id}", w -> json("DELETE", "/api/v1/me/blocks/" + w.id(STRANGER), ""))
                        .noWrongUser(OWN).noWrongRole(ANYONE + " unblock").owner(USER, "204"),
                api("POST /api/v1/reports", w -> json("POST", "/api/v1/reports", "{\"kind\":\"post\",\"id\":\""
                        + w.post + "\",\"reason\":\"harassment\",\"details\":\"Rude\"}"))
                        .wrongUser(USER, "reporting their own post", null, "403")
                        .noWrongRole(ANYONE + " report").owner(MENTOR, "201")
                        .owner(MENTOR, "an unknown reason", w -> json("POST", "/api/v1/reports",
                                "{\"kind\":\"post\",\"id\":\"" + w.post + "\",\"reason\":\"boring\"}"), "422"),
                api("GET /api/v1/me/reports", w -> get("/api/v1/me/reports")).noWrongUser(OWN).noWrongRole(OWN)
                        .owner(STRANGER, "200"),
                api("GET /api/v1/me/safety-plan", w -> get("/api/v1/me/safety-plan")).noWrongUser(OWN)
                        .noWrongRole(OWN).owner(USER, "200"),
                api("PUT /api/v1/me/safety-plan", w -> json("PUT", "/api/v1/me/safety-plan", SAFETY_PLAN))
                        .noWrongUser(OWN).noWrongRole(OWN).owner(USER, "200")
                        .owner(USER, "a section left out", w -> json("PUT", "/api/v1/me/safety-plan",
                                "{\"warningSigns\":\"Not sleeping.\"}"), "422 validation"),
                open("POST /api/v1/onboarding", w -> json("POST", "/api/v1/onboarding",
                        "{\"phone\":\"98765 43210\",\"age\":30,\"username\":\"" + w.fresh
                                + "\",\"acceptedTerms\":\"" + Consent.CURRENT + "\"}"))
                        .signedOut("401 signed_out").notOnboarded("200").noWrongUser(OWN)
                        .wrongRole(USER, "already onboarded", null, "409 already_onboarded").owner(NEWCOMER, "200")
                        .owner(NEWCOMER, "terms of an older version", w -> json("POST", "/api/v1/onboarding",
                                "{\"phone\":\"98765 43210\",\"age\":30,\"username\":\"" + w.fresh
                                        + "\",\"acceptedTerms\":\"2020-01-01\"}"), "422 validation"),
                // groups, posts and comments
                api("GET /api/v1/groups", w -> get("/api/v1/groups")).noWrongUser(ANYONE).noWrongRole(ANYONE)
                        .owner(USER, "200"),
                api("GET /api/v1/groups/{id}", w -> get("/api/v1/groups/" + w.group))
                        .wrongUser(STRANGER, "not a member", null, "200").noWrongRole(ANYONE).owner(USER, "200"),
                api("POST /api/v1/groups/{id}/join", w -> json("POST", "/api/v1/groups/" + w.group + "/join", null))
                        .noWrongUser(ANYONE + " join").noWrongRole(ANYONE + " join").owner(STRANGER, "200"),
                api("POST /api/v1/groups/{id}/leave",
                        w -> json("POST", "/api/v1/groups/" + w.group + "/leave", null))
                        .noWrongUser("leaving a group one is not in changes nothing").noWrongRole(ANYONE)
                        .owner(USER, "200"),
                api("GET /api/v1/groups/{id}/posts", w -> get("/api/v1/groups/" + w.group + "/posts"))
                        .wrongUser(STRANGER, "not a member", null, "200").noWrongRole(ANYONE).owner(USER, "200"),
                api("POST /api/v1/groups/{id}/posts",
                        w -> json("POST", "/api/v1/groups/" + w.group + "/posts", "{\"content\":\"Hello\"}"))
                        .wrongUser(STRANGER, "not a member", null, "403 not_a_member")
                        .noWrongRole("membership is the rule").owner(USER, "201"),
                api("GET /api/v1/posts/{id}/comments", w -> get("/api/v1/posts/" + w.post + "/comments"))
                        .wrongUser(STRANGER, "not a member", null, "200").noWrongRole(ANYONE).owner(USER, "200"),
                api("POST /api/v1/posts/{id}/comments",
                        w -> json("POST", "/api/v1/posts/" + w.post + "/comments", "{\"content\":\"Same\"}"))
                        .wrongUser(STRANGER, "not a member", null, "403 not_a_member")
                        .noWrongRole("membership is the rule").owner(USER, "201"),
                // the writer's own posts and comments: the stranger may read them, so is told they are not theirs
                api("PATCH /api/v1/posts/{id}", w -> json("PATCH", "/api/v1/posts/" + w.post,
                        "{\"content\":\"Edited\"}")).wrongUser(STRANGER, "403 not_author")
                        .wrongRole(ADMIN, "moderators hide, not edit", null, "403 not_author").owner(USER, "200")
                        .owner(USER, "blank", w -> json("PATCH", "/api/v1/posts/" + w.post, "{\"content\":\"\"}"),
                                "422 validation")
                        .owner(USER, "no such post", w -> json("PATCH", "/api/v1/posts/" + w.chat,
                                "{\"content\":\"Edited\"}"), "404 not_found"),
                api("DELETE /api/v1/posts/{id}", w -> json("DELETE", "/api/v1/posts/" + w.post, null))
                        .wrongUser(STRANGER, "403 not_author")
                        .wrongRole(ADMIN, "moderators hide, not delete", null, "403 not_author").owner(USER, "204"),
                api("PATCH /api/v1/comments/{id}", w -> json("PATCH", "/api/v1/comments/" + w.comment,
                        "{\"content\":\"Edited\"}")).wrongUser(STRANGER, "403 not_author")
                        .wrongRole(ADMIN, "moderators hide, not edit", null, "403 not_author").owner(USER, "200")
                        .owner(USER, "blank", w -> json("PATCH", "/api/v1/comments/" + w.comment,
                                "{\"content\":\"\"}"), "422 validation"),
                api("DELETE /api/v1/comments/{id}", w -> json("DELETE", "/api/v1/comments/" + w.comment, null))
                        .wrongUser(STRANGER, "403 not_author")
                        .wrongRole(ADMIN, "moderators hide, not delete", null, "403 not_author").owner(USER, "204"),
                // mentors and plans
                api("GET /api/v1/mentors", w -> get("/api/v1/mentors?lang=hindi&sort=newest"))
                        .noWrongUser(ANYONE + " search verified mentors")
                        .noWrongRole(ANYONE + " search verified mentors").owner(USER, "200")
                        .owner(USER, "a sort off the list", w -> get("/api/v1/mentors?sort=cheapest"),
                                "422 validation"),
                api("GET /api/v1/mentors/{id}", w -> get("/api/v1/mentors/" + w.id(MENTOR)))
                        .wrongUser(STRANGER, "no deactivated plans", null, "200")
                        .wrongUser(STRANGER, "an unverified mentor", w -> get("/api/v1/mentors/" + w.id(APPLICANT)),
                                "404 not_found")
                        .noWrongRole(ANYONE + " see a verified mentor").owner(MENTOR, "200")
                        .owner(APPLICANT, "their own, unverified", w -> get("/api/v1/mentors/" + w.id(APPLICANT)),
                                "200"),
                api("POST /api/v1/mentors", w -> json("POST", "/api/v1/mentors", APPLICATION)).noWrongUser(OWN)
                        .wrongRole(MENTOR, "already a mentor", null, "409 already_a_mentor").owner(STRANGER, "201"),
                api("GET /api/v1/me/plans", w -> get("/api/v1/me/plans")).noWrongUser(OWN)
                        .wrongRole(STRANGER, "not a mentor", null, "404 not_found").owner(MENTOR, "200"),
                api("POST /api/v1/me/plans", w -> json("POST", "/api/v1/me/plans", TERMS)).noWrongUser(OWN)
                        .wrongRole(STRANGER, "not a mentor", null, "403 not_a_mentor").owner(MENTOR, "201"),
                api("PATCH /api/v1/me/plans/{id}",
                        w -> json("PATCH", "/api/v1/me/plans/" + w.plan, "{\"active\":false}"))
                        .wrongUser(OTHER_MENTOR, "403 not_your_plan").wrongRole(STRANGER, "403 not_your_plan")
                        .wrongUser(OTHER_MENTOR, "a deactivated plan",
                                w -> json("PATCH", "/api/v1/me/plans/" + w.retiredPlan, "{\"active\":true}"),
                                "404 not_found")
                        .wrongUser(OTHER_MENTOR, "an unverified mentor's plan",
                                w -> json("PATCH", "/api/v1/me/plans/" + w.applicantPlan, "{\"active\":false}"),
                                "404 not_found")
                        .owner(MENTOR, "200"),
                api("POST /api/v1/admin/mentors/{id}/verification", w -> json("POST",
                        "/api/v1/admin/mentors/" + w.id(APPLICANT) + "/verification", "{\"verified\":true}"))
                        .wrongUser(APPLICANT, "verifying themself", null, "403 admin_only")
                        .wrongRole(STRANGER, "403 admin_only").wrongRole(MENTOR, "403 admin_only")
                        .owner(ADMIN, "200"),
                // bookings
                api("POST /api/v1/bookings",
                        w -> json("POST", "/api/v1/bookings", "{\"planId\":\"" + w.plan + "\"}"))
                        .wrongUser(STRANGER, "an unverified mentor's plan",
                                w -> json("POST", "/api/v1/bookings", "{\"planId\":\"" + w.applicantPlan + "\"}"),
                                "404 not_found")
                        .wrongRole(MENTOR, "their own plan", null, "403 own_plan").owner(STRANGER, "201"),
                api("GET /api/v1/bookings", w -> get("/api/v1/bookings")).noWrongUser(OWN).noWrongRole(OWN)
                        .owner(USER, "200").owner(MENTOR, "as mentor", w -> get("/api/v1/bookings?as=mentor"), "200"),
                api("GET /api/v1/bookings/{id}", w -> get("/api/v1/bookings/" + w.pending))
                        .wrongUser(STRANGER, "404 not_found").wrongUser(OTHER_MENTOR, "404 not_found")
                        .noWrongRole("its user, its mentor and admins read it").owner(USER, "200")
                        .allowed(MENTOR, "200").allowed(ADMIN, "200"),
                api("POST /api/v1/bookings/{id}/confirm", w -> json("POST",
                        "/api/v1/bookings/" + w.pending + "/confirm",
                        "{\"paymentReference\":\"" + w.pendingPayment() + "\"}"))
                        .wrongUser(STRANGER, "404 not_found").wrongRole(MENTOR, "403 not_your_booking")
                        .owner(USER, "200").allowed(ADMIN, "200"),
                api("POST /api/v1/bookings/{id}/refund", w -> json("POST", "/api/v1/bookings/" + w.paid + "/refund",
                        "{}"))
                        .wrongUser(STRANGER, "404 not_found").wrongUser(OTHER_MENTOR, "404 not_found")
                        .wrongRole(USER, "its mentor has replied: past the cancellation rule", null,
                                "409 refund_not_allowed")
                        .owner(MENTOR, "200").allowed(ADMIN, "200")
                        .allowed(ADMIN, "an unpaid booking", w -> json("POST", "/api/v1/bookings/" + w.pending
                                + "/refund", "{}"), "409 booking_not_paid"),
                // reviews: the user's ended session with the other mentor, reviewed; the mentor's is still open
                api("GET /api/v1/mentors/{id}/reviews", w -> get("/api/v1/mentors/" + w.id(OTHER_MENTOR) + "/reviews"))
                        .wrongUser(STRANGER, "a verified mentor's reviews are public", null, "200")
                        .wrongUser(STRANGER, "an unverified mentor",
                                w -> get("/api/v1/mentors/" + w.id(APPLICANT) + "/reviews"), "404 not_found")
                        .noWrongRole(ANYONE + " read a verified mentor's reviews").owner(OTHER_MENTOR, "200"),
                api("GET /api/v1/bookings/{id}/review", w -> get("/api/v1/bookings/" + w.ended + "/review"))
                        .wrongUser(STRANGER, "404 not_found").wrongUser(MENTOR, "404 not_found")
                        .wrongRole(OTHER_MENTOR, "the session's mentor", null, "403 own_session")
                        .wrongRole(ADMIN, "reads the booking, may not review it", null, "403 not_your_booking")
                        .owner(USER, "200")
                        .owner(USER, "a chat still open", w -> get("/api/v1/bookings/" + w.paid + "/review"),
                                "409 chat_not_ended"),
                api("PUT /api/v1/bookings/{id}/review", w -> json("PUT", "/api/v1/bookings/" + w.ended + "/review",
                        "{\"stars\":5,\"text\":\"Better than I said\"}"))
                        .wrongUser(STRANGER, "404 not_found")
                        .wrongRole(OTHER_MENTOR, "the session's mentor", null, "403 own_session")
                        .owner(USER, "200")
                        .owner(USER, "a chat still open", w -> json("PUT", "/api/v1/bookings/" + w.paid + "/review",
                                "{\"stars\":5}"), "409 chat_not_ended"),
                api("PUT /api/v1/reviews/{id}/reply", w -> json("PUT", "/api/v1/reviews/" + w.review + "/reply",
                        "{\"text\":\"Thank you\"}"))
                        .wrongUser(MENTOR, "another mentor", null, "403 not_your_review")
                        .wrongRole(USER, "the member who wrote it", null, "403 not_your_review")
                        .owner(OTHER_MENTOR, "200"),
                // chat and notes
                api("GET /api/v1/chats", w -> get("/api/v1/chats")).noWrongUser(OWN).noWrongRole(OWN)
                        .owner(USER, "200").owner(MENTOR, "their chats as mentor", null, "200"),
                api("GET /api/v1/chats/{id}", w -> get("/api/v1/chats/" + w.chat))
                        .wrongUser(STRANGER, "404 not_found").wrongRole(ADMIN, "404 not_found").owner(USER, "200")
                        .allowed(MENTOR, "200"),
                api("GET /api/v1/chats/{id}/messages", w -> get("/api/v1/chats/" + w.chat + "/messages"))
                        .wrongUser(STRANGER, "404 not_found").wrongRole(ADMIN, "404 not_found").owner(USER, "200")
                        .allowed(MENTOR, "200"),
                api("POST /api/v1/chats/{id}/messages", w -> json("POST", "/api/v1/chats/" + w.chat + "/messages",
                        "{\"clientMessageId\":\"api-" + w.n + "\",\"text\":\"Hi\"}"))
                        .wrongUser(STRANGER, "404 not_found").wrongRole(ADMIN, "404 not_found").owner(USER, "201")
                        .allowed(MENTOR, "201"),
                api("GET /api/v1/chats/{id}/notes", w -> get("/api/v1/chats/" + w.chat + "/notes"))
                        .wrongUser(STRANGER, "404 not_found").wrongRole(ADMIN, "404 not_found").owner(USER, "200")
                        .allowed(MENTOR, "200"),
                api("PUT /api/v1/chats/{id}/notes", w -> json("PUT", "/api/v1/chats/" + w.chat + "/notes",
                        "{\"text\":\"Next time\",\"baseVersion\":1}"))
                        .wrongUser(STRANGER, "404 not_found").wrongRole(USER, "only reads them", null,
                                "403 mentor_only").wrongRole(ADMIN, "404 not_found").owner(MENTOR, "200"),
                // the chat's WebSocket: a refused upgrade is an HTTP status, an accepted one 101
                open("WS /ws/chats/{id}", w -> upgrade("/ws/chats/" + w.chat)).signedOut("401")
                        .notOnboarded("403").wrongUser(STRANGER, "404").wrongRole(ADMIN, "404").owner(USER, "101")
                        .allowed(MENTOR, "101"),
                // the unread badge's WebSocket: always the caller's own count
                open("WS /ws/unread", w -> upgrade("/ws/unread")).signedOut("401").notOnboarded("403")
                        .noWrongUser(OWN).noWrongRole(OWN).owner(USER, "101"));
    }
}

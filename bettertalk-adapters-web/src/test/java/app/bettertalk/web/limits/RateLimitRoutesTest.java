package app.bettertalk.web.limits;

import app.bettertalk.core.access.Actor;
import app.bettertalk.core.community.CreateGroup;
import app.bettertalk.core.community.Group;
import app.bettertalk.core.community.JoinGroup;
import app.bettertalk.core.community.PostId;
import app.bettertalk.core.community.WritePost;
import app.bettertalk.core.identity.EmailAddress;
import app.bettertalk.core.limits.LimitedAction;
import app.bettertalk.core.limits.Rate;
import app.bettertalk.core.limits.RateLimits;
import app.bettertalk.web.Browser;
import app.bettertalk.web.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every limited route answers 429 with Retry-After once its limit is reached, and stores nothing for that try. */
class RateLimitRoutesTest {
    private static final RateLimits.ActionLimits PLENTY = new RateLimits.ActionLimits(Rate.parse("1000/m"),
            Rate.parse("1000/m"), Rate.parse("1000/m"));
    private static final RateLimits.ActionLimits THREE = new RateLimits.ActionLimits(Rate.parse("3/10m"),
            Rate.parse("3/10m"), Rate.parse("1000/m"));

    private TestSite site;

    @AfterEach
    void stop() {
        if (site != null) {
            site.close();
        }
    }

    /** Every action roomy except {@code action}, held to {@code limits}; accounts are never new. */
    private TestSite siteLimiting(LimitedAction action, RateLimits.ActionLimits limits) {
        var roomy = RateLimits.DEFAULT;
        for (var each : LimitedAction.values()) {
            roomy = roomy.with(each, each == action ? limits : PLENTY);
        }
        site = TestSite.withLimits(new RateLimits(roomy.actions(), Duration.ZERO, 5));
        return site;
    }

    private Group joinedGroup(Browser... members) {
        var group = site.core.createGroup().create(new CreateGroup.Command(Actor.operator(), "Anxiety", "Worry."));
        for (var member : members) {
            site.core.joinGroup().join(new JoinGroup.Command(actorOf(member), group.id()));
        }
        return group;
    }

    private Actor actorOf(Browser browser) {
        return site.core.identifyActor().identify(browser.userId(site.stores));
    }

    private int postsIn(Group group) {
        return site.stores.posts().newestInGroup(group.id(), 100).size();
    }

    @Test
    void a_post_over_the_limit_is_429_with_retry_after_and_is_not_stored() {
        siteLimiting(LimitedAction.POST, THREE);
        var asha = site.member("asha_k");
        var group = joinedGroup(asha);
        asha.get("/groups/" + group.id());
        for (var i = 1; i <= 3; i++) {
            assertThat(asha.postForm("/groups/" + group.id() + "/posts", "content", "Post " + i).status())
                    .isEqualTo(303);
        }

        var fourth = asha.postForm("/groups/" + group.id() + "/posts", "content", "The fourth, kept for me");

        assertThat(fourth.status()).isEqualTo(429);
        // One try comes back each 200 s under 3 per 10 minutes.
        assertThat(Long.parseLong(fourth.header("Retry-After"))).isBetween(190L, 200L);
        assertThat(fourth.body()).contains("faster than BetterTalk allows").contains("The fourth, kept for me");
        assertThat(postsIn(group)).isEqualTo(3);
    }

    @Test
    void text_held_behind_the_helplines_does_not_use_up_a_try_and_the_wait_page_offers_them_too() {
        siteLimiting(LimitedAction.POST, new RateLimits.ActionLimits(Rate.parse("2/10m"), Rate.parse("2/10m"),
                Rate.parse("1000/m")));
        var asha = site.member("asha_k");
        var group = joinedGroup(asha);
        asha.get("/groups/" + group.id());

        var held = asha.postForm("/groups/" + group.id() + "/posts", "content", "I want to die");
        var sent = asha.postForm("/groups/" + group.id() + "/posts", "content", "I want to die", "sendAnyway", "yes");
        var ordinary = asha.postForm("/groups/" + group.id() + "/posts", "content", "Thank you all");
        var refused = asha.postForm("/groups/" + group.id() + "/posts", "content", "One more");

        assertThat(held.status()).isEqualTo(409);
        assertThat(sent.status()).isEqualTo(303);
        assertThat(ordinary.status()).isEqualTo(303);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).contains("tel:14416").contains("One more");
        assertThat(postsIn(group)).isEqualTo(2);
    }

    @Test
    void once_the_wait_is_over_a_post_goes_through_again() {
        siteLimiting(LimitedAction.POST, THREE);
        var asha = site.member("asha_k");
        var group = joinedGroup(asha);
        asha.get("/groups/" + group.id());
        for (var i = 1; i <= 3; i++) {
            asha.postForm("/groups/" + group.id() + "/posts", "content", "Post " + i);
        }
        var refused = asha.postForm("/groups/" + group.id() + "/posts", "content", "Too soon");

        site.clock.advance(Duration.ofSeconds(Long.parseLong(refused.header("Retry-After"))));

        assertThat(asha.postForm("/groups/" + group.id() + "/posts", "content", "In time").status()).isEqualTo(303);
        assertThat(postsIn(group)).isEqualTo(4);
    }

    @Test
    void the_api_answers_429_in_its_json_shape_and_another_account_is_counted_apart() {
        siteLimiting(LimitedAction.POST, THREE);
        var asha = site.member("asha_k");
        var ravi = site.member("ravi_k");
        var group = joinedGroup(asha, ravi);
        for (var i = 1; i <= 3; i++) {
            asha.json("POST", "/api/v1/groups/" + group.id() + "/posts", "{\"content\":\"Post " + i + "\"}");
        }

        var refused = asha.json("POST", "/api/v1/groups/" + group.id() + "/posts", "{\"content\":\"Fourth\"}");
        var other = ravi.json("POST", "/api/v1/groups/" + group.id() + "/posts", "{\"content\":\"Mine\"}");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(refused.json().at("/error/code").asText()).isEqualTo("rate_limited");
        assertThat(other.status()).isEqualTo(201);
        assertThat(postsIn(group)).isEqualTo(4);
    }

    @Test
    void one_address_is_held_to_its_own_rate_across_accounts() {
        siteLimiting(LimitedAction.POST, new RateLimits.ActionLimits(Rate.parse("10/10m"), Rate.parse("10/10m"),
                Rate.parse("4/10m")));
        var asha = site.member("asha_k");
        var ravi = site.member("ravi_k");
        var group = joinedGroup(asha, ravi);
        for (var i = 1; i <= 2; i++) {
            asha.json("POST", "/api/v1/groups/" + group.id() + "/posts", "{\"content\":\"Asha " + i + "\"}");
            ravi.json("POST", "/api/v1/groups/" + group.id() + "/posts", "{\"content\":\"Ravi " + i + "\"}");
        }

        var fifth = ravi.json("POST", "/api/v1/groups/" + group.id() + "/posts", "{\"content\":\"Ravi 3\"}");

        assertThat(fifth.status()).isEqualTo(429);
        assertThat(postsIn(group)).isEqualTo(4);
    }

    @Test
    void a_comment_over_the_limit_is_429_and_is_not_stored() {
        siteLimiting(LimitedAction.COMMENT, THREE);
        var asha = site.member("asha_k");
        var group = joinedGroup(asha);
        var post = site.core.writePost().write(new WritePost.Command(actorOf(asha), group.id(), "A post")).id();
        asha.get("/groups/" + group.id());
        for (var i = 1; i <= 3; i++) {
            asha.postForm("/posts/" + post + "/comments", "content", "Comment " + i, "group", group.id().toString());
        }

        var page = asha.postForm("/posts/" + post + "/comments", "content", "Fourth", "group",
                group.id().toString());
        var api = asha.json("POST", "/api/v1/posts/" + post + "/comments", "{\"content\":\"Fifth\"}");

        assertThat(page.status()).isEqualTo(429);
        assertThat(api.status()).isEqualTo(429);
        assertThat(commentsOn(post)).isEqualTo(3);
    }

    private int commentsOn(PostId post) {
        return site.stores.comments().onPosts(List.of(post)).size();
    }

    @Test
    void a_booking_over_the_limit_is_429_and_books_nothing() {
        siteLimiting(LimitedAction.BOOKING, THREE);
        var mentor = site.mentorWithPlan("meera", 7);
        var plan = site.stores.plans().ofMentor(mentor.userId(site.stores)).getFirst().id();
        var asha = site.member("asha_k");
        for (var i = 1; i <= 3; i++) {
            assertThat(asha.json("POST", "/api/v1/bookings", "{\"planId\":\"" + plan + "\"}").status())
                    .isEqualTo(201);
        }

        var fourth = asha.json("POST", "/api/v1/bookings", "{\"planId\":\"" + plan + "\"}");
        asha.get("/book/" + plan);
        var page = asha.postForm("/book/" + plan);

        assertThat(fourth.status()).isEqualTo(429);
        assertThat(page.status()).isEqualTo(429);
        assertThat(site.stores.bookings().ofUser(asha.userId(site.stores))).hasSize(3);
    }

    @Test
    void a_report_over_the_limit_is_429_and_is_not_counted() {
        siteLimiting(LimitedAction.REPORT, new RateLimits.ActionLimits(Rate.parse("2/h"), Rate.parse("2/h"),
                Rate.parse("1000/m")));
        var asha = site.member("asha_k");
        var ravi = site.member("ravi_k");
        var group = joinedGroup(asha);
        var posts = new java.util.ArrayList<String>();
        for (var i = 0; i < 3; i++) {
            posts.add(site.core.writePost().write(new WritePost.Command(actorOf(asha), group.id(), "Ad " + i)).id()
                    .toString());
        }
        ravi.get("/groups/" + group.id());
        ravi.postForm("/report", "kind", "post", "id", posts.get(0), "reason", "spam");
        ravi.json("POST", "/api/v1/reports", "{\"kind\":\"post\",\"id\":\"" + posts.get(1) + "\",\"reason\":\"spam\"}");

        var third = ravi.postForm("/report", "kind", "post", "id", posts.get(2), "reason", "spam", "details",
                "Kept note");

        assertThat(third.status()).isEqualTo(429);
        assertThat(third.header("Retry-After")).isNotBlank();
        assertThat(third.body()).contains("Kept note");
        assertThat(site.core.viewModerationQueue().view(new app.bettertalk.core.moderation.ViewModerationQueue.Query(
                Actor.operator(), 10))).hasSize(2);
    }

    @Test
    void signing_in_too_often_from_one_address_is_429_and_makes_no_account() {
        siteLimiting(LimitedAction.SIGN_IN, new RateLimits.ActionLimits(Rate.parse("3/10m"), Rate.parse("3/10m"),
                Rate.parse("3/10m")));
        for (var i = 1; i <= 3; i++) {
            var browser = site.visitor();
            browser.get("/signin");
            assertThat(browser.postForm("/auth/dev", "email", "person" + i + "@example.com", "name", "P").status())
                    .isEqualTo(303);
        }
        var fourth = site.visitor();
        fourth.get("/signin");

        var refused = fourth.postForm("/auth/dev", "email", "person4@example.com", "name", "P");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(site.stores.users().byEmail(new EmailAddress("person4@example.com"))).isEmpty();
        assertThat(fourth.cookie("bt_session")).isNull();
    }

    @Test
    void an_account_in_its_first_day_has_the_tighter_limit_and_is_told_why() {
        var limits = RateLimits.DEFAULT.with(LimitedAction.POST, new RateLimits.ActionLimits(Rate.parse("5/10m"),
                Rate.parse("1/10m"), Rate.parse("1000/m")));
        site = TestSite.withLimits(new RateLimits(limits.actions(), Duration.ofHours(24), 5));
        var asha = site.member("asha_k");
        var group = joinedGroup(asha);

        var first = asha.json("POST", "/api/v1/groups/" + group.id() + "/posts", "{\"content\":\"Hello\"}");
        var second = asha.json("POST", "/api/v1/groups/" + group.id() + "/posts", "{\"content\":\"Again\"}");

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(429);
        assertThat(second.json().at("/error/message").asText()).contains("New accounts have lower limits");
        assertThat(postsIn(group)).isEqualTo(1);
    }
}

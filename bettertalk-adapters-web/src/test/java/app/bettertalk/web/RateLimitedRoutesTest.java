package app.bettertalk.web;

import app.bettertalk.web.limits.RateLimitRoutes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A limit on a path no route serves would hold nothing: every limited path is a real route. */
class RateLimitedRoutesTest {
    @Test
    void every_limited_route_is_one_the_server_serves() {
        try (var site = new TestSite()) {
            assertThat(site.app.routes()).containsAll(RateLimitRoutes.limitedRoutes());
        }
    }
}

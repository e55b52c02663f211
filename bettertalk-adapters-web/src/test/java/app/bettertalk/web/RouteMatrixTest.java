package app.bettertalk.web;

import app.bettertalk.web.MatrixWorld.Person;
import app.bettertalk.web.RouteMatrix.Cell;
import app.bettertalk.web.RouteMatrix.Entry;
import app.bettertalk.web.booking.SimulatedPayments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorization matrix over real HTTP and WebSocket: every registered route, called by someone signed out, someone
 * not onboarded, the wrong user, the wrong role and the owner, gets exactly the status its row says, and no one but
 * those allowed is shown another person's private text. One site serves every cell; each cell gets a world of its own.
 */
class RouteMatrixTest {
    private static final List<Entry> ENTRIES = RouteMatrix.entries();
    private static TestSite site;

    @BeforeAll
    static void start() {
        site = new TestSite(new SimulatedPayments(), new OfflineGoogle(), "matrix.apps.googleusercontent.com",
                "matrix-secret");
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void every_registered_route_has_a_row_in_the_matrix() {
        var registered = site.app.routes();

        assertThat(RouteMatrix.withoutEntry(registered, ENTRIES)).isEmpty();
    }

    @Test
    void a_registered_route_without_a_row_is_reported() {
        var registered = new ArrayList<>(site.app.routes());
        registered.add("DELETE /groups/{id}");

        assertThat(RouteMatrix.withoutEntry(registered, ENTRIES)).containsExactly("DELETE /groups/{id}");
    }

    @Test
    void every_row_of_the_matrix_is_a_registered_route() {
        var rows = ENTRIES.stream().map(entry -> entry.route).toList();

        assertThat(site.app.routes()).containsAll(rows);
    }

    @Test
    void no_route_has_two_rows() {
        var rows = ENTRIES.stream().map(entry -> entry.route).toList();

        assertThat(rows).doesNotHaveDuplicates();
    }

    @Test
    void every_row_says_what_each_kind_of_caller_gets_or_why_it_does_not_apply() {
        var unsaid = ENTRIES.stream().filter(entry -> !entry.unsaid().isEmpty())
                .map(entry -> entry.route + " says nothing for " + entry.unsaid()).toList();

        assertThat(unsaid).isEmpty();
    }

    @TestFactory
    Stream<DynamicContainer> every_caller_of_every_route_gets_what_the_matrix_says() {
        return ENTRIES.stream().map(entry -> DynamicContainer.dynamicContainer(entry.route,
                entry.cells.stream().map(cell -> DynamicTest.dynamicTest(cell.name(entry), () -> check(entry, cell)))));
    }

    @Test
    void the_private_text_the_matrix_hides_is_on_the_pages_of_those_allowed_to_see_it() {
        var world = MatrixWorld.on(site);
        var user = world.browser(Person.USER);
        var mentor = world.browser(Person.MENTOR);

        var shown = String.join("\n", user.get("/chat/" + world.chat).body(),
                user.get("/chat/" + world.chat + "/notes").body(), user.get("/profile").body(),
                user.get("/help").body(),
                mentor.get("/mentor/" + world.id(Person.MENTOR)).body());

        assertThat(shown).contains(world.secretsHiddenFrom(Person.STRANGER));
    }

    private static void check(Entry entry, Cell cell) {
        var name = cell.name(entry);
        var world = MatrixWorld.on(site);
        var request = entry.requestIn(world, cell);
        assertThat(request.method()).as("%s: the request's method", name).isEqualTo(entry.method());
        assertThat(entry.matches(request.path())).as("%s: %s is not a path of the route", name, request.path())
                .isTrue();

        var answer = request.sendAs(world.browser(cell.person()), site.baseUrl);

        assertThat(answer.status()).as("%s: %s %s answered %s", name, request.method(), request.path(), answer)
                .isEqualTo(cell.expect().status());
        if (cell.expect().detail() != null) {
            var detail = answer.status() / 100 == 3 ? answer.location() : answer.errorCode();
            assertThat(cell.expect().detailMatches(detail)).as("%s: got %s", name, detail).isTrue();
        }
        if (!cell.kind().allowed()) {
            assertThat(answer.body()).as("%s: shows another person's private text", name)
                    .doesNotContain(world.secretsHiddenFrom(cell.person()));
        }
    }
}

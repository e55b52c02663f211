package app.bettertalk.web;

import app.bettertalk.web.MatrixWorld.Person;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The authorization matrix: for every route the server registers, how to build a request to it from a
 * {@link MatrixWorld}, and what each kind of caller gets. The rows live in {@link PageRoutes} and {@link ApiRoutes}.
 */
final class RouteMatrix {
    private RouteMatrix() {
    }

    /** Every row of the matrix. */
    static List<Entry> entries() {
        return Stream.concat(PageRoutes.entries().stream(), ApiRoutes.entries().stream()).toList();
    }

    /** Registered routes the matrix has no row for. */
    static Collection<String> withoutEntry(Collection<String> registered, List<Entry> entries) {
        var covered = entries.stream().map(entry -> entry.route).collect(Collectors.toSet());
        return registered.stream().filter(route -> !covered.contains(route))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The kinds of caller; every row says what the first five get, or why one does not apply. */
    enum Kind {
        SIGNED_OUT("signed-out"), NOT_ONBOARDED("not onboarded"), WRONG_USER("wrong user"), WRONG_ROLE("wrong role"),
        OWNER("owner"), ALSO_ALLOWED("also allowed");

        static final List<Kind> REQUIRED = List.of(SIGNED_OUT, NOT_ONBOARDED, WRONG_USER, WRONG_ROLE, OWNER);

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** Cells of these kinds may show the world's private text to their caller. */
        boolean allowed() {
            return this == OWNER || this == ALSO_ALLOWED;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * What a cell expects: a status, then for a redirect its {@code Location} ({@code *} matches anything) and for a
     * JSON error its {@code error.code}; e.g. {@code "303 /signin"}, {@code "404 not_found"}, {@code "200"}.
     */
    record Expect(int status, String detail) {
        static Expect parse(String text) {
            var parts = text.split(" ", 2);
            return new Expect(Integer.parseInt(parts[0]), parts.length == 2 ? parts[1] : null);
        }

        boolean detailMatches(String actual) {
            var glob = Stream.of(detail.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*"));
            return actual != null && actual.matches(glob);
        }

        @Override
        public String toString() {
            return detail == null ? String.valueOf(status) : status + " " + detail;
        }
    }

    /** One caller's request to a route, and what it must get. {@code at} replaces the row's request when set. */
    record Cell(Kind kind, Person person, String note, Function<MatrixWorld, MatrixRequest> at, Expect expect) {
        String name(Entry entry) {
            var who = kind == Kind.SIGNED_OUT || kind == Kind.NOT_ONBOARDED ? ""
                    : " (" + person + (note.isEmpty() ? "" : ", " + note) + ")";
            return entry.route + " as " + kind + who + " → " + expect;
        }
    }

    /** One row: a route as {@code WebApp.routes()} names it, its usual request, and its cells. */
    static final class Entry {
        final String route;
        final List<Cell> cells = new ArrayList<>();
        final Map<Kind, String> notApplicable = new EnumMap<>(Kind.class);
        private final Function<MatrixWorld, MatrixRequest> request;

        private Entry(String route, Function<MatrixWorld, MatrixRequest> request) {
            this.route = route;
            this.request = request;
        }

        /** A route anyone may call: every cell is written out. */
        static Entry open(String route, Function<MatrixWorld, MatrixRequest> request) {
            return new Entry(route, request);
        }

        /**
         * A page behind sign-in and onboarding: signed out goes to sign in, not onboarded to onboarding, a page
         * request with the page to return to afterwards, a form post without.
         */
        static Entry page(String route, Function<MatrixWorld, MatrixRequest> request) {
            var back = route.startsWith("GET ") ? "?return=*" : "";
            return open(route, request).signedOut("303 /signin" + back).notOnboarded("303 /onboarding" + back);
        }

        /** An API route behind sign-in and onboarding. */
        static Entry api(String route, Function<MatrixWorld, MatrixRequest> request) {
            return open(route, request).signedOut("401 signed_out").notOnboarded("403 onboarding_required");
        }

        String method() {
            return route.substring(0, route.indexOf(' '));
        }

        /** Whether a concrete path (query aside) is one this row's pattern names. */
        boolean matches(String path) {
            var pattern = route.substring(route.indexOf(' ') + 1);
            var regex = Stream.of(pattern.split("\\{[^}]+}", -1)).map(Pattern::quote)
                    .collect(Collectors.joining("[^/]+"));
            return path.split("\\?", 2)[0].matches(regex);
        }

        MatrixRequest requestIn(MatrixWorld world, Cell cell) {
            return (cell.at() == null ? request : cell.at()).apply(world);
        }

        /** The required kinds this row says nothing about. */
        List<Kind> unsaid() {
            return Kind.REQUIRED.stream().filter(kind -> !notApplicable.containsKey(kind)
                    && cells.stream().noneMatch(cell -> cell.kind() == kind)).toList();
        }

        Entry signedOut(String expect) {
            return cell(Kind.SIGNED_OUT, Person.VISITOR, "", null, expect);
        }

        Entry notOnboarded(String expect) {
            return cell(Kind.NOT_ONBOARDED, Person.NEWCOMER, "", null, expect);
        }

        Entry wrongUser(Person person, String expect) {
            return cell(Kind.WRONG_USER, person, "", null, expect);
        }

        Entry wrongUser(Person person, String note, Function<MatrixWorld, MatrixRequest> at, String expect) {
            return cell(Kind.WRONG_USER, person, note, at, expect);
        }

        Entry wrongRole(Person person, String expect) {
            return cell(Kind.WRONG_ROLE, person, "", null, expect);
        }

        Entry wrongRole(Person person, String note, Function<MatrixWorld, MatrixRequest> at, String expect) {
            return cell(Kind.WRONG_ROLE, person, note, at, expect);
        }

        Entry owner(Person person, String expect) {
            return cell(Kind.OWNER, person, "", null, expect);
        }

        Entry owner(Person person, String note, Function<MatrixWorld, MatrixRequest> at, String expect) {
            return cell(Kind.OWNER, person, note, at, expect);
        }

        Entry allowed(Person person, String expect) {
            return cell(Kind.ALSO_ALLOWED, person, "", null, expect);
        }

        Entry allowed(Person person, String note, Function<MatrixWorld, MatrixRequest> at, String expect) {
            return cell(Kind.ALSO_ALLOWED, person, note, at, expect);
        }

        Entry noWrongUser(String why) {
            notApplicable.put(Kind.WRONG_USER, why);
            return this;
        }

        Entry noWrongRole(String why) {
            notApplicable.put(Kind.WRONG_ROLE, why);
            return this;
        }

        private Entry cell(Kind kind, Person person, String note, Function<MatrixWorld, MatrixRequest> at,
                           String expect) {
            cells.add(new Cell(kind, person, note, at, Expect.parse(expect)));
            return this;
        }

        @Override
        public String toString() {
            return route;
        }
    }
}

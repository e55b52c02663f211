package app.bettertalk.mysql.bench;

import app.bettertalk.core.ContractRows;
import app.bettertalk.core.Stores;
import app.bettertalk.core.access.Role;
import app.bettertalk.core.identity.PhoneNumber;
import app.bettertalk.core.mentor.CancellationRule;
import app.bettertalk.core.mentor.DirectoryCriteria;
import app.bettertalk.core.mentor.DirectorySort;
import app.bettertalk.core.mentor.Mentor;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.mentor.PlanId;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.mysql.Database;
import app.bettertalk.mysql.Target;
import app.bettertalk.mysql.TestDatabases;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Not a test: a benchmark run by hand ({@code -Dtest=DirectoryBenchmark}; surefire's includes never pick it up). On
 * MariaDB (the test server) and on H2 it seeds 5,000 verified mentors ({@code -Dbenchmark.mentors=N}) with tags,
 * languages, plans and ratings through the ports, refreshes the tables' statistics, then times the directory query with three filters (topics,
 * language, price) and two search terms, interleaved with a baseline (a plain {@code SELECT} of 20 verified
 * mentors), and prints the p50 and p95 of each and their ratio. It asserts nothing about speed.
 */
class DirectoryBenchmark {
    private static final List<String> TOPICS = List.of("anxiety", "depression", "career", "relationships", "grief",
            "self-growth", "stress", "sleep", "loneliness", "exams", "parenting", "burnout", "breakup", "addiction",
            "confidence", "anger", "family", "lgbtq+", "trauma", "motivation");
    private static final List<String> LANGUAGES = List.of("English", "Hindi", "Tamil", "Telugu", "Bengali",
            "Marathi", "Kannada", "Malayalam", "Gujarati", "Punjabi", "Urdu", "Odia");
    private static final List<String> WORDS = List.of("listen", "support", "journey", "calm", "work", "family",
            "healing", "growth", "patience", "trust", "years", "people", "college", "office", "mornings", "walks",
            "music", "together", "change", "steady", "kindness", "honest", "practice", "counsel", "peer");
    private static final int WARM_UP = 50;
    private static final int RUNS = 200;

    @Test
    void the_directory_query_on_mariadb_against_a_plain_select() {
        run(Target.SERVER);
    }

    @Test
    void the_directory_query_on_h2_against_a_plain_select() {
        run(Target.H2);
    }

    private static void run(Target target) {
        var mentors = Integer.getInteger("benchmark.mentors", 5_000);
        var database = TestDatabases.emptied(DirectoryBenchmark.class, target);
        var stores = TestDatabases.stores(database);
        var seedStart = System.nanoTime();
        seed(stores, mentors);
        analyze(target, database);
        System.out.printf("%s: seeded %,d verified mentors in %.1f s%n", target, mentors,
                (System.nanoTime() - seedStart) / 1e9);
        measure(target, database, stores);
    }

    /** Fresh table statistics, as a server gathers by itself after a bulk load, so plans are those of real use. */
    private static void analyze(Target target, Database database) {
        database.jdbi().useHandle(handle -> {
            for (var table : List.of("users", "mentors", "mentor_tags", "mentor_plans", "mentor_ratings")) {
                if (target == Target.H2) {
                    handle.execute("ANALYZE TABLE " + table);
                } else {
                    handle.createQuery("ANALYZE TABLE " + table).mapToMap().list();
                }
            }
        });
    }

    private static void measure(Target target, Database database, Stores stores) {
        var searches = List.of(
                criteria(List.of("listen", "work"), List.of("anxiety", "career"), List.of("hindi"), 1_500),
                criteria(List.of("support", "family"), List.of("grief", "stress"), List.of("english"), 2_000),
                criteria(List.of("calm", "peer"), List.of("sleep", "burnout"), List.of("tamil", "telugu"), 1_000));
        Supplier<Integer> baseline = () -> database.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT user_id, headline FROM mentors WHERE is_verified = TRUE LIMIT 20")
                .mapToMap().list().size());
        var directory = stores.mentorDirectory();
        var found = 0L;
        for (var i = 0; i < WARM_UP; i++) {
            found += directory.search(searches.get(i % searches.size())).cards().size() + baseline.get();
        }
        var query = new long[RUNS];
        var plain = new long[RUNS];
        for (var i = 0; i < RUNS; i++) {
            var start = System.nanoTime();
            found += directory.search(searches.get(i % searches.size())).cards().size();
            query[i] = System.nanoTime() - start;
            start = System.nanoTime();
            found += baseline.get();
            plain[i] = System.nanoTime() - start;
        }
        var cards = searches.stream().map(search -> directory.search(search).cards().size()).toList();
        System.out.printf("%s: directory query (3 filters, 2 terms; cards on page 1 of each search: %s) "
                        + "p50 %.2f ms, p95 %.2f ms; plain SELECT p50 %.2f ms, p95 %.2f ms; ratio p50 %.1f, p95 %.1f"
                        + " (%d rows read)%n", target, cards, ms(query, 50), ms(query, 95), ms(plain, 50),
                ms(plain, 95), ms(query, 50) / ms(plain, 50), ms(query, 95) / ms(plain, 95), found);
    }

    private static DirectoryCriteria criteria(List<String> terms, List<String> topics, List<String> languages,
                                              long rupees) {
        return new DirectoryCriteria(terms, topics, languages, Paise.ofRupees(rupees), true,
                DirectorySort.RECOMMENDED, 1, 20);
    }

    /** Mentors with 2 to 4 topics, 1 to 3 languages, 0 to 3 plans (one in ten retired) and seven in ten rated. */
    private static void seed(Stores stores, int count) {
        var random = new Random(14);
        for (var batch = 0; batch < count; batch += 250) {
            var first = batch;
            stores.unitOfWork().inTransaction(() -> {
                for (var i = first; i < Math.min(first + 250, count); i++) {
                    seedOne(stores, random, i);
                }
                return true;
            });
        }
    }

    private static void seedOne(Stores stores, Random random, int i) {
        var joined = ContractRows.T0.minus(Duration.ofMinutes(random.nextInt(500_000)));
        var user = ContractRows.newUser("guide_" + i, joined)
                .editProfile(new PhoneNumber("+919876543210"), 30, i % 3 == 0 ? "" : "Guide " + pick(random, WORDS)
                        + " " + i, "", joined).withRole(Role.MENTOR, joined);
        stores.users().add(user);
        stores.mentors().add(new Mentor(user.id(), "Guide " + i, "Here to " + words(random, 4), words(random, 45),
                some(random, TOPICS, 2, 4), some(random, LANGUAGES, 1, 3), random.nextInt(30), true, joined,
                joined.plus(Duration.ofMinutes(random.nextInt(100_000)))));
        for (var plan = 0; plan < random.nextInt(4); plan++) {
            stores.plans().add(new Plan(PlanId.random(), user.id(), "Plan " + plan, "",
                    Paise.ofRupees(199 + random.nextInt(48) * 100), 0, 7, CancellationRule.DEFAULT,
                    random.nextInt(10) != 0, joined, joined));
        }
        if (random.nextInt(10) < 7) {
            var reviews = 1 + random.nextInt(200);
            stores.mentorRatings().adjust(user.id(), reviews, reviews + random.nextLong(4L * reviews + 1));
        }
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static String words(Random random, int n) {
        var text = new ArrayList<String>();
        for (var i = 0; i < n; i++) {
            text.add(pick(random, WORDS));
        }
        return String.join(" ", text);
    }

    private static List<String> some(Random random, List<String> from, int least, int most) {
        var shuffled = new ArrayList<>(from);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, least + random.nextInt(most - least + 1));
    }

    private static double ms(long[] nanos, int percentile) {
        var sorted = Arrays.copyOf(nanos, nanos.length);
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)] / 1e6;
    }
}

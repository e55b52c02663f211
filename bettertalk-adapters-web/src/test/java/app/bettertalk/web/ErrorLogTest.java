package app.bettertalk.web;

import io.javalin.Javalin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request that fails unexpectedly is logged under its request id with the failure's kind, never its messages, and
 * the person's answer names the same id; what was being written never reaches the log.
 */
class ErrorLogTest {
    private static final String SECRET = "my suicidal thoughts are back, phone me at 98765 40001, asha.k@example.com";

    private final TestSite site = new TestSite();
    private final String session = site.member("asha_k").cookie(Requests.SESSION_COOKIE);
    private Javalin failing;

    @AfterEach
    void stop() {
        if (failing != null) {
            failing.stop();
        }
        site.close();
    }

    /** What the server logged while {@code work} ran: slf4j-simple writes to whatever System.err is then. */
    private static String logged(Runnable work) {
        var captured = new ByteArrayOutputStream();
        var before = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.setErr(before);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(int port, String path, String accept) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Accept", accept).header("Cookie", Requests.SESSION_COOKIE + "=" + session).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void an_unexpected_failure_logs_its_kind_and_request_id_and_the_answer_names_the_id() {
        var guard = new Guard(site.core.resumeSession(), new WebSettings(URI.create(site.baseUrl), true, "", ""));
        failing = Javalin.create(cfg -> {
            WebApp.configure(cfg);
            cfg.routes.before(guard::before);
            cfg.routes.exception(Exception.class, ErrorMapper::unexpected);
            cfg.routes.get("/api/v1/boom", ctx -> {
                throw new IllegalStateException("could not store " + SECRET,
                        new RuntimeException("Duplicate entry '" + SECRET + "' for key 'uq'"));
            });
            cfg.routes.get("/boom", ctx -> {
                throw new IllegalStateException("could not store " + SECRET);
            });
        }).start("127.0.0.1", 0);
        var port = failing.port();
        var answers = new ArrayList<HttpResponse<String>>();

        var log = logged(() -> {
            answers.add(get(port, "/api/v1/boom", "application/json"));
            answers.add(get(port, "/boom", "text/html"));
        });

        var api = answers.get(0);
        var page = answers.get(1);
        var apiId = api.headers().firstValue("X-Request-Id").orElseThrow();
        var pageId = page.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(api.statusCode()).isEqualTo(500);
        assertThat(api.body()).contains("\"requestId\":\"" + apiId + "\"").doesNotContain("suicidal");
        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.body()).contains(pageId).doesNotContain("suicidal");
        assertThat(apiId).matches("[0-9a-f]{12}").isNotEqualTo(pageId);
        assertThat(log).contains("request " + apiId + ": GET /api/v1/boom failed: IllegalStateException < "
                + "RuntimeException at ErrorLogTest").contains("request " + pageId + ": GET /boom failed");
        assertThat(log).doesNotContain("suicidal").doesNotContain("98765").doesNotContain("asha.k@example.com")
                .doesNotContain("Duplicate entry");
    }
}

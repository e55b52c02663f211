package app.bettertalk.web;

import app.bettertalk.core.access.Actor;
import app.bettertalk.core.community.CreateGroup;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps {@code /api/openapi.json} true: to the routes the server registers, and to the bodies it sends. */
class OpenApiDocumentTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    private final TestSite site = new TestSite();
    private final JsonNode document = read();

    @AfterEach
    void stop() {
        site.close();
    }

    private static JsonNode read() {
        try (var in = OpenApiDocumentTest.class.getResourceAsStream("/api/openapi.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Set<String> registeredApiRoutes() {
        var routes = new TreeSet<String>();
        site.app.routes().stream().filter(route -> route.contains(" /api/v1/")).forEach(routes::add);
        return routes;
    }

    private Set<String> documentedOperations() {
        var operations = new TreeSet<String>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (METHODS.contains(method.getKey())) {
                operations.add(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return operations;
    }

    private JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? resolve(document.at(node.get("$ref").asText().substring(1))) : node;
    }

    @Test
    void every_api_route_the_server_registers_is_documented() {
        assertThat(documentedOperations()).containsAll(registeredApiRoutes());
    }

    @Test
    void every_documented_operation_is_a_route_the_server_registers() {
        assertThat(registeredApiRoutes()).containsAll(documentedOperations());
    }

    @Test
    void every_reference_in_the_document_resolves() {
        var references = new ArrayList<String>();
        collectReferences(document, references);

        assertThat(references).isNotEmpty();
        assertThat(references.stream().filter(reference -> document.at(reference.substring(1)).isMissingNode()))
                .isEmpty();
    }

    private static void collectReferences(JsonNode node, List<String> into) {
        if (node.has("$ref")) {
            into.add(node.get("$ref").asText());
        }
        node.forEach(child -> collectReferences(child, into));
    }

    @Test
    void every_operation_declares_the_parameters_in_its_path() {
        document.get("paths").properties().forEach(path -> {
            var expected = new TreeSet<String>();
            PATH_PARAMETER.matcher(path.getKey()).results().forEach(match -> expected.add(match.group(1)));
            path.getValue().properties().forEach(method -> {
                var declared = new TreeSet<String>();
                method.getValue().path("parameters").forEach(parameter -> {
                    var resolved = resolve(parameter);
                    if (resolved.get("in").asText().equals("path")) {
                        declared.add(resolved.get("name").asText());
                    }
                });
                assertThat(declared).as(method.getKey() + " " + path.getKey()).isEqualTo(expected);
            });
        });
    }

    @Test
    void every_error_an_operation_documents_has_the_error_shape() {
        var otherShapes = new ArrayList<String>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(method ->
                method.getValue().get("responses").properties().forEach(response -> {
                    var schema = resolve(response.getValue()).at("/content/application~1json/schema/$ref").asText();
                    if (response.getKey().matches("[45]..") && !schema.equals("#/components/schemas/Error")) {
                        otherShapes.add(method.getKey() + " " + path.getKey() + " " + response.getKey());
                    }
                })));

        assertThat(otherShapes).isEmpty();
    }

    @Test
    void every_change_is_documented_as_needing_the_csrf_token() {
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (!method.getKey().equals("get")) {
                assertThat(method.getValue().at("/security/0/csrfToken").isArray())
                        .as(method.getKey() + " " + path.getKey()).isTrue();
            }
        }));
    }

    @Test
    void the_document_is_served_to_anyone_as_openapi_3_1() {
        var page = site.visitor().get("/api/openapi.json");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("application/json");
        assertThat(page.json()).isEqualTo(document);
        assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
    }

    @Test
    void what_the_server_sends_has_the_documented_shape() {
        var group = site.core.createGroup().create(new CreateGroup.Command(Actor.operator(), "Anxiety", "Worry."));
        var mentor = site.mentorWithPlan("meera_m", 7);
        mentor.get("/api/v1/me");
        var plan = mentor.get("/api/v1/me/plans").json().at("/plans/0/id").asText();
        var asha = site.member("asha_k");
        var schemas = new ShapeCheck(document);

        schemas.check("Me", asha.get("/api/v1/me").json());
        schemas.check("Membership", asha.json("POST", "/api/v1/groups/" + group.id() + "/join", null).json());
        var post = asha.json("POST", "/api/v1/groups/" + group.id() + "/posts", "{\"content\":\"Hello.\"}").json();
        schemas.check("Post", post);
        var comment = asha.json("POST", "/api/v1/posts/" + post.get("id").asText() + "/comments",
                "{\"content\":\"Hi.\"}").json();
        schemas.check("Comment", comment);
        schemas.check("Comment", asha.json("PATCH", "/api/v1/comments/" + comment.get("id").asText(),
                "{\"content\":\"Hi again.\"}").json());
        schemas.check("Post", asha.json("PATCH", "/api/v1/posts/" + post.get("id").asText(),
                "{\"content\":\"Hello again.\"}").json());
        schemas.check("GroupList", asha.get("/api/v1/groups").json());
        schemas.check("GroupDetail", asha.get("/api/v1/groups/" + group.id()).json());
        schemas.check("CommentList", asha.get("/api/v1/posts/" + post.get("id").asText() + "/comments").json());
        site.stores.unitOfWork().inTransaction(() -> {
            site.stores.mentorRatings().adjust(mentor.userId(site.stores), 2, 9);
            return true;
        });
        schemas.check("MentorList", asha.get("/api/v1/mentors").json());
        schemas.check("MentorList", asha.get("/api/v1/mentors?q=nobody&has_plan=0").json());
        schemas.check("MentorList", asha.get("/api/v1/mentors?q=nobody").json());
        schemas.check("MentorProfile", asha.get("/api/v1/mentors/" + mentor.userId(site.stores)).json());
        schemas.check("PlanList", mentor.get("/api/v1/me/plans").json());
        schemas.check("Plan", mentor.json("PATCH", "/api/v1/me/plans/" + plan, "{\"active\":true}").json());
        var booking = asha.json("POST", "/api/v1/bookings", "{\"planId\":\"" + plan + "\"}").json();
        schemas.check("Booking", booking);
        var id = booking.get("id").asText();
        var confirmation = asha.json("POST", "/api/v1/bookings/" + id + "/confirm",
                "{\"paymentReference\":\"sim_" + id + "\"}").json();
        schemas.check("Confirmation", confirmation);
        schemas.check("BookingList", asha.get("/api/v1/bookings").json());
        var chat = "/api/v1/chats/" + confirmation.at("/chat/id").asText();
        schemas.check("Chat", asha.get(chat).json());
        schemas.check("ChatList", asha.get("/api/v1/chats").json());
        schemas.check("Message", asha.json("POST", chat + "/messages",
                "{\"clientMessageId\":\"c-1\",\"text\":\"Hello.\"}").json());
        schemas.check("MessageList", asha.get(chat + "/messages?limit=10").json());
        schemas.check("ChatList", mentor.get("/api/v1/chats").json());
        schemas.check("Notes", asha.get(chat + "/notes").json());
        schemas.check("Notes", mentor.json("PUT", chat + "/notes", "{\"text\":\"Met.\",\"baseVersion\":0}").json());
        schemas.check("Error", asha.json("POST", "/api/v1/bookings", "{\"planId\":\"nope\"}").json());
        schemas.check("Error", site.visitor().get("/api/v1/groups").json());
        assertThat(schemas.problems()).isEmpty();
    }

    @Test
    void what_the_safety_plan_api_sends_has_the_documented_shape() {
        var asha = site.member("asha_k");
        asha.get("/api/v1/me");
        var schemas = new ShapeCheck(document);

        schemas.check("SafetyPlan", asha.get("/api/v1/me/safety-plan").json());
        schemas.check("SafetyPlan", asha.json("PUT", "/api/v1/me/safety-plan", """
                {"warningSigns":"Not sleeping.","copingSteps":"A walk.","peopleToCall":"Priya 98765 43210",\
                "reasonsForLiving":"","safeSurroundings":""}""").json());
        schemas.check("SafetyPlan", asha.get("/api/v1/me/safety-plan").json());
        schemas.check("Error", asha.json("PUT", "/api/v1/me/safety-plan", "{\"warningSigns\":\"\"}").json());
        assertThat(schemas.problems()).isEmpty();
    }

    @Test
    void what_the_reviews_api_sends_has_the_documented_shape() {
        var mentor = site.mentorWithPlan("meera_m", 7);
        var mentorId = mentor.userId(site.stores);
        var asha = site.member("asha_k");
        var plan = mentor.get("/api/v1/me/plans").json().at("/plans/0/id").asText();
        var booking = asha.json("POST", "/api/v1/bookings", "{\"planId\":\"" + plan + "\"}").json().get("id")
                .asText();
        var confirmation = asha.json("POST", "/api/v1/bookings/" + booking + "/confirm",
                "{\"paymentReference\":\"sim_" + booking + "\"}").json();
        site.clock.set(Instant.parse(confirmation.at("/chat/endsAt").asText()));
        var member = site.signedInAs(asha.userId(site.stores));
        member.get("/api/v1/me");
        var reviewer = site.signedInAs(mentorId);
        reviewer.get("/api/v1/me");
        var schemas = new ShapeCheck(document);

        schemas.check("BookingReview", member.get("/api/v1/bookings/" + booking + "/review").json());
        var review = member.json("PUT", "/api/v1/bookings/" + booking + "/review",
                "{\"stars\":4,\"text\":\"Kind.\"}").json();
        schemas.check("Review", review);
        schemas.check("Review", reviewer.json("PUT", "/api/v1/reviews/" + review.get("id").asText() + "/reply",
                "{\"text\":\"Thank you.\"}").json());
        schemas.check("BookingReview", member.get("/api/v1/bookings/" + booking + "/review").json());
        schemas.check("MentorReviews", member.get("/api/v1/mentors/" + mentorId + "/reviews").json());
        schemas.check("MentorReviews", reviewer.get("/api/v1/mentors/" + mentorId + "/reviews?limit=1").json());
        schemas.check("Error", member.json("PUT", "/api/v1/bookings/" + booking + "/review", "{\"stars\":9}")
                .json());
        assertThat(schemas.problems()).isEmpty();
    }
}

package app.bettertalk.web.privacy;

import app.bettertalk.core.booking.Refund;
import app.bettertalk.core.chat.Message;
import app.bettertalk.core.community.Comment;
import app.bettertalk.core.community.Post;
import app.bettertalk.core.identity.Consent;
import app.bettertalk.core.mailing.QueuedEmail;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.notes.SessionNotes;
import app.bettertalk.core.privacy.DataExport;
import app.bettertalk.core.review.Review;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.display.Rupees;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * "Download my data" as a file: a ZIP holding {@code data.json} and {@code data.html}, the same document twice, once
 * for programs and once to read. Other people appear only by the name the person sees them by.
 */
public final class DataArchive {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final TemplateEngine PAGES = TemplateEngine.createPrecompiled(ContentType.Html);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private DataArchive() {
    }

    /** {@code bettertalk-data-USERNAME-DAY.zip}. */
    public static String fileName(DataExport export) {
        var who = export.person().username().map(username -> username.value())
                .orElse(export.person().id().value().toString());
        return "bettertalk-data-" + who + "-" + DAY.format(export.exportedAt()) + ".zip";
    }

    public static byte[] zip(DataExport export) {
        var document = document(export);
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(zip, "data.json", JSON.writeValueAsString(document));
            var page = new StringOutput();
            PAGES.render("privacy/export.jte", Map.of("document", document,
                    "exportedAt", export.exportedAt().toString()), page);
            put(zip, "data.html", page.toString());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the export as JSON", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The export as ordered maps, lists and text: what both files show. */
    static Map<String, Object> document(DataExport export) {
        var person = export.person();
        var doc = new LinkedHashMap<String, Object>();
        doc.put("exportedAt", at(export.exportedAt()));
        var account = new LinkedHashMap<String, Object>();
        account.put("id", person.id().value().toString());
        account.put("email", person.email().value());
        account.put("name", person.googleName());
        account.put("googleAccount", person.googleSubject().value());
        account.put("role", person.role().name().toLowerCase(Locale.ROOT));
        account.put("joinedAt", at(person.createdAt()));
        person.profile().ifPresent(profile -> {
            account.put("username", profile.username().value());
            account.put("phone", profile.phone().e164());
            account.put("age", profile.age());
            account.put("displayName", profile.displayName());
            account.put("bio", profile.bio());
        });
        account.put("agreedTo", export.consents().stream().map(DataArchive::consent).toList());
        doc.put("account", account);
        export.safetyPlan().ifPresent(plan -> doc.put("safetyPlan", ordered(
                "warningSigns", plan.sections().warningSigns(), "copingSteps", plan.sections().copingSteps(),
                "peopleToCall", plan.sections().peopleToCall(), "reasonsForLiving", plan.sections().reasonsForLiving(),
                "safeSurroundings", plan.sections().safeSurroundings(), "savedAt", at(plan.updatedAt()))));
        export.mentorProfile().ifPresent(mentor -> doc.put("mentorProfile", ordered("publicName",
                mentor.publicName(), "headline", mentor.headline(), "bio", mentor.bio(), "expertise",
                mentor.expertise(), "languages", mentor.languages(), "experienceYears", mentor.experienceYears(),
                "verified", mentor.verified(), "plans", export.plans().stream().map(DataArchive::plan).toList())));
        doc.put("posts", export.posts().stream().map(DataArchive::post).toList());
        doc.put("comments", export.comments().stream().map(DataArchive::comment).toList());
        doc.put("bookings", export.bookings().stream().map(part -> booking(export, part)).toList());
        doc.put("chats", export.chats().stream().map(part -> chat(export, part)).toList());
        doc.put("reviews", export.reviews().stream().map(review -> review(export, review)).toList());
        doc.put("reports", export.reports().stream().map(DataArchive::report).toList());
        doc.put("emails", export.emails().stream().map(DataArchive::email).toList());
        return doc;
    }

    private static Map<String, Object> consent(Consent consent) {
        return ordered("version", consent.version(), "agreedAt", at(consent.agreedAt()));
    }

    private static Map<String, Object> plan(Plan plan) {
        return ordered("title", plan.title(), "description", plan.description(), "price", rupees(plan.price()),
                "active", plan.active());
    }

    private static Map<String, Object> post(Post post) {
        return ordered("id", post.id().value().toString(), "group", post.group().value().toString(),
                "content", post.content(), "writtenAt", at(post.createdAt()),
                "editedAt", post.editedAt().map(DataArchive::at).orElse(""));
    }

    private static Map<String, Object> comment(Comment comment) {
        return ordered("id", comment.id().value().toString(), "post", comment.post().value().toString(),
                "content", comment.content(), "writtenAt", at(comment.createdAt()),
                "editedAt", comment.editedAt().map(DataArchive::at).orElse(""));
    }

    private static Map<String, Object> booking(DataExport export, DataExport.BookingPart part) {
        var booking = part.booking();
        var row = ordered("id", booking.id().value().toString(), "plan", booking.planTitle(),
                "mentor", export.nameOf(booking.mentor()), "member", export.nameOf(booking.user()),
                "price", rupees(booking.price()), "chatDays", booking.chatWindowDays(),
                "status", booking.status().name().toLowerCase(Locale.ROOT), "bookedAt", at(booking.createdAt()));
        part.payment().ifPresent(payment -> row.put("payment", ordered("state",
                payment.state().name().toLowerCase(Locale.ROOT), "amount", rupees(payment.amount()),
                "razorpayPayment", Optional.ofNullable(payment.paymentId()).orElse(""),
                "updatedAt", at(payment.updatedAt()))));
        row.put("refunds", part.refunds().stream().map(DataArchive::refund).toList());
        return row;
    }

    private static Map<String, Object> refund(Refund refund) {
        return ordered("amount", rupees(refund.amount()), "state", refund.state().name().toLowerCase(Locale.ROOT),
                "requestedAt", at(refund.createdAt()));
    }

    private static Map<String, Object> chat(DataExport export, DataExport.ChatPart part) {
        var thread = part.thread();
        var row = ordered("id", thread.id().value().toString(), "mentor", export.nameOf(thread.mentor()),
                "member", export.nameOf(thread.user()), "opensAt", at(thread.window().startsAt()),
                "endsAt", at(thread.window().endsAt()),
                "messages", part.messages().stream().map(message -> message(export, message)).toList());
        part.notes().ifPresent(notes -> row.put("sessionNotes", notes(export, notes)));
        if (!part.history().isEmpty()) {
            row.put("notesHistory", part.history().stream().map(notes -> notes(export, notes)).toList());
        }
        return row;
    }

    private static Map<String, Object> message(DataExport export, Message message) {
        return ordered("from", message.sender().equals(export.person().id()) ? "you"
                : export.nameOf(message.sender()), "text", message.text(), "sentAt", at(message.sentAt()));
    }

    private static Map<String, Object> notes(DataExport export, SessionNotes notes) {
        return ordered("version", notes.version(), "text", notes.text(), "by", export.nameOf(notes.editedBy()),
                "savedAt", at(notes.updatedAt()));
    }

    private static Map<String, Object> review(DataExport export, Review review) {
        var row = ordered("mentor", export.nameOf(review.mentor()), "stars", review.stars().value(),
                "text", review.text(), "writtenAt", at(review.createdAt()));
        review.reply().ifPresent(reply -> row.put("reply", ordered("text", reply.text(),
                "repliedAt", at(reply.repliedAt()))));
        return row;
    }

    private static Map<String, Object> report(DataExport.ReportPart part) {
        return ordered("about", part.report().caseId().value().toString(),
                "reason", part.report().reason().name().toLowerCase(Locale.ROOT),
                "details", part.report().details(), "madeAt", at(part.report().madeAt()),
                "outcome", part.outcome().map(outcome -> outcome.name().toLowerCase(Locale.ROOT)).orElse("open"),
                "decidedAt", part.decidedAt().map(DataArchive::at).orElse(""));
    }

    private static Map<String, Object> email(QueuedEmail email) {
        return ordered("kind", email.email().getClass().getSimpleName(),
                "status", email.status().name().toLowerCase(Locale.ROOT), "queuedAt", at(email.createdAt()));
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (var i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static String at(Instant instant) {
        return instant.toString();
    }

    private static String rupees(Paise price) {
        return Rupees.format(price);
    }

    /** A key of the document as the page heads it: {@code exportedAt} is "Exported at". */
    public static String label(String key) {
        var words = key.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** What a value in the document is, for the page: a section, a list or text. */
    public static String kindOf(Object value) {
        return value instanceof Map<?, ?> ? "map" : value instanceof List<?> ? "list" : "text";
    }
}

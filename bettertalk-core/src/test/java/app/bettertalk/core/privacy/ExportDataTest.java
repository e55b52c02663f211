package app.bettertalk.core.privacy;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.audit.AuditEntry;
import app.bettertalk.core.chat.SendMessage;
import app.bettertalk.core.community.CreateGroup;
import app.bettertalk.core.community.JoinGroup;
import app.bettertalk.core.community.WriteComment;
import app.bettertalk.core.community.WritePost;
import app.bettertalk.core.identity.Consent;
import app.bettertalk.core.moderation.ReportReason;
import app.bettertalk.core.moderation.ReportSubject;
import app.bettertalk.core.notes.WriteNotes;
import app.bettertalk.core.review.Stars;
import app.bettertalk.core.review.WriteReview;
import app.bettertalk.core.safety.Subject;
import app.bettertalk.core.safetyplan.SafetyPlan;
import app.bettertalk.core.safetyplan.SaveSafetyPlan;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportDataTest {
    private final World world = new World();
    private final Actor asha = world.onboardedUser("asha_k");
    private final Actor ravi = world.verifiedMentor("ravi_k");

    @Test
    void a_person_s_own_export_holds_everything_they_wrote_or_may_read_and_is_not_audited() {
        var group = world.createGroup.create(new CreateGroup.Command(Actor.operator(), "Anxiety", ""));
        world.joinGroup.join(new JoinGroup.Command(asha, group.id()));
        var post = world.writePost.write(new WritePost.Command(asha, group.id(), "Mornings are the worst", false));
        world.writeComment.write(new WriteComment.Command(asha, post.id(), "Walking helps me", false));
        var booked = world.confirmedBooking(asha, world.plan(ravi, 7));
        world.sendMessage.send(new SendMessage.Command(asha, booked.chat().id(), "c1", "I could not sleep"));
        world.sendMessage.send(new SendMessage.Command(ravi, booked.chat().id(), "m1", "Tell me about it"));
        world.writeNotes.write(new WriteNotes.Command(ravi, booked.chat().id(), "Sleep: 4 hours.", 0));
        world.saveSafetyPlan.save(new SaveSafetyPlan.Command(asha, asha.id(), new SafetyPlan.Sections(
                "Not eating", "", "", "", "")));
        var spammer = world.onboardedUser("spam_k");
        world.joinGroup.join(new JoinGroup.Command(spammer, group.id()));
        var spam = world.writePost.write(new WritePost.Command(spammer, group.id(), "Buy my course", false));
        world.reportSubject.report(new ReportSubject.Command(asha, new Subject(Subject.Kind.POST, spam.id().value()),
                ReportReason.SPAM, "ads"));
        world.clock.set(booked.chat().endsAt());
        world.writeReview.write(new WriteReview.Command(asha, booked.booking().id(), new Stars(5), "He listened"));

        var export = world.exportData.export(new ExportData.Query(asha, asha.id(), ""));

        assertThat(export.person().id()).isEqualTo(asha.id());
        assertThat(export.exportedAt()).isEqualTo(world.now());
        assertThat(export.consents()).extracting(Consent::version).containsExactly(Consent.CURRENT);
        assertThat(export.posts()).extracting(found -> found.content()).containsExactly("Mornings are the worst");
        assertThat(export.comments()).extracting(found -> found.content()).containsExactly("Walking helps me");
        assertThat(export.bookings()).singleElement().satisfies(part ->
                assertThat(part.booking().id()).isEqualTo(booked.booking().id()));
        assertThat(export.chats()).singleElement().satisfies(chat -> {
            assertThat(chat.messages()).extracting(message -> message.text())
                    .containsExactly("I could not sleep", "Tell me about it");
            assertThat(chat.notes().orElseThrow().text()).isEqualTo("Sleep: 4 hours.");
            assertThat(chat.history()).isEmpty();
        });
        assertThat(export.safetyPlan().orElseThrow().sections().warningSigns()).isEqualTo("Not eating");
        assertThat(export.reviews()).singleElement().satisfies(review ->
                assertThat(review.text()).isEqualTo("He listened"));
        assertThat(export.reports()).singleElement().satisfies(report ->
                assertThat(report.report().details()).isEqualTo("ads"));
        assertThat(export.emails()).isNotEmpty().allMatch(email -> email.email().recipient().equals(asha.id()));
        assertThat(export.nameOf(ravi.id())).isNotBlank().isNotEqualTo("deleted member");
        assertThat(world.auditTrail.all()).isEmpty();
    }

    @Test
    void a_mentor_s_export_holds_the_notes_history_of_their_chats() {
        var booked = world.confirmedBooking(asha, world.plan(ravi, 7));
        world.writeNotes.write(new WriteNotes.Command(ravi, booked.chat().id(), "First.", 0));
        world.writeNotes.write(new WriteNotes.Command(ravi, booked.chat().id(), "Second.", 1));

        var export = world.exportData.export(new ExportData.Query(ravi, ravi.id(), ""));

        assertThat(export.mentorProfile()).isPresent();
        assertThat(export.chats()).singleElement().satisfies(chat ->
                assertThat(chat.history()).extracting(notes -> notes.text()).containsExactly("Second.", "First."));
    }

    @Test
    void someone_else_s_data_is_an_admin_s_to_export_with_a_reason_and_that_read_is_audited() {
        var meera = world.onboardedUser("meera_k");

        assertThatThrownBy(() -> world.exportData.export(new ExportData.Query(meera, asha.id(), "curious")))
                .isInstanceOf(DomainException.Forbidden.class);
        assertThatThrownBy(() -> world.exportData.export(new ExportData.Query(Actor.operator(), asha.id(), " ")))
                .isInstanceOfSatisfying(DomainException.Validation.class, refusal ->
                        assertThat(refusal.field()).isEqualTo("why"));
        var export = world.exportData.export(new ExportData.Query(Actor.operator(), asha.id(), "DPDP request 41"));

        assertThat(export.person().id()).isEqualTo(asha.id());
        assertThat(world.auditTrail.all()).singleElement().satisfies(entry -> {
            assertThat(entry.reader()).isEqualTo(Actor.operator().id());
            assertThat(entry.what()).isEqualTo(AuditEntry.What.DATA_EXPORT);
            assertThat(entry.whose()).isEqualTo(asha.id());
            assertThat(entry.why()).isEqualTo("DPDP request 41");
        });
    }
}

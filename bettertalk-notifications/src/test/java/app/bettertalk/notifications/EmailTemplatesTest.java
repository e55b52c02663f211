package app.bettertalk.notifications;

import app.bettertalk.core.mailing.OutgoingEmail;
import app.bettertalk.core.mailing.QueuedEmailId;
import app.bettertalk.core.identity.EmailAddress;
import app.bettertalk.core.notification.Email;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.UserId;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class EmailTemplatesTest {
    private final EmailTemplates templates = new EmailTemplates(URI.create("https://bettertalk.example/"));
    private final UserId asha = UserId.random();
    private final UUID booking = UUID.randomUUID();
    private final UUID chat = UUID.randomUUID();

    @Test
    void names_are_escaped_in_html_and_kept_as_typed_in_plain_text() {
        var email = new Email.BookingConfirmed(asha, booking, chat, "<b>Ravi</b> & co", "Week <i>", Paise.ofRupees(499),
                7);

        var rendered = render(email, "");

        assertThat(rendered.html()).contains("&lt;b&gt;Ravi&lt;/b&gt; &amp; co").doesNotContain("<b>Ravi</b>")
                .contains("Week &lt;i&gt;");
        assertThat(rendered.text()).contains("<b>Ravi</b> & co").contains("Week <i>");
    }

    @Test
    void a_name_with_line_breaks_makes_a_subject_of_one_line() {
        var email = new Email.MessageAfterQuiet(asha, chat, UUID.randomUUID(), "ravi\r\nBcc: all@example.com");

        var rendered = render(email, "token");

        assertThat(rendered.subject()).isEqualTo("New message from ravi Bcc: all@example.com");
    }

    @Test
    void a_booking_email_shows_the_price_in_rupees_and_the_days_of_chat() {
        var email = new Email.BookingConfirmed(asha, booking, chat, "ravi_k", "Deep support", new Paise(14_999_950), 30);

        var rendered = render(email, "");

        assertThat(rendered.text()).contains("Paid: ₹1,49,999.50").contains("One-to-one chat: 30 days");
        assertThat(rendered.html()).contains("₹1,49,999.50");
    }

    @Test
    void an_extended_chat_says_so_in_its_subject_and_body() {
        var email = new Email.ChatOpened(asha, booking, chat, "ravi_k", Instant.parse("2026-12-09T18:45:00Z"), true);

        var rendered = render(email, "token");

        assertThat(rendered.subject()).isEqualTo("Your chat with ravi_k has been extended");
        assertThat(rendered.text()).contains("until Thu 10 Dec 2026, 12:15 AM IST");
    }

    @Test
    void links_are_built_on_the_site_url_without_doubling_its_slash() {
        var email = new Email.FirstMessage(asha, chat, "ravi_k");

        var rendered = render(email, "abc.def.ghi");

        assertThat(rendered.text()).contains("Read it on BetterTalk: https://bettertalk.example/chat/" + chat)
                .contains("Unsubscribe: https://bettertalk.example/unsubscribe?token=abc.def.ghi")
                .contains("https://bettertalk.example/profile/emails");
        assertThat(rendered.unsubscribeUrl()).isEqualTo("https://bettertalk.example/unsubscribe?token=abc.def.ghi");
    }

    @Test
    void an_email_that_is_always_sent_says_so_and_offers_no_unsubscribe_link() {
        var email = new Email.OnboardingCompleted(asha, "asha_k");

        var rendered = render(email, "");

        assertThat(rendered.text()).contains("always sent").doesNotContain("unsubscribe");
        assertThat(rendered.html()).contains("always sent").doesNotContain("unsubscribe");
        assertThat(rendered.unsubscribeUrl()).isEmpty();
    }

    @Test
    void a_person_without_a_name_to_show_is_someone() {
        var email = new Email.FirstMessage(asha, chat, " ");

        var rendered = render(email, "token");

        assertThat(rendered.subject()).isEqualTo("someone started your chat");
    }

    @Test
    void a_review_invitation_links_to_the_booking_s_review_form_and_can_be_turned_off() {
        var email = new Email.ReviewInvitation(asha, booking, "ravi_k");

        var rendered = render(email, "abc.def.ghi");

        assertThat(rendered.subject()).isEqualTo("How was your session with ravi_k?");
        assertThat(rendered.text()).contains("Review your session: https://bettertalk.example/bookings/" + booking
                + "/review").contains("Unsubscribe: https://bettertalk.example/unsubscribe?token=abc.def.ghi");
        assertThat(rendered.html()).contains("href=\"https://bettertalk.example/bookings/" + booking + "/review\"");
    }

    @Test
    void a_refund_tells_the_member_where_the_money_goes_and_the_mentor_who_called_the_booking_off() {
        var toMember = new Email.BookingRefunded(asha, booking, "ravi_k", "Week <of> calm", new Paise(49_900),
                Email.BookingRefunded.RefundCause.MENTOR_REFUNDED, true);
        var toMentor = new Email.BookingRefunded(asha, booking, "asha", "Week <of> calm", new Paise(49_900),
                Email.BookingRefunded.RefundCause.MEMBER_CANCELLED, false);

        var member = render(toMember, "");
        var mentor = render(toMentor, "");

        assertThat(member.subject()).isEqualTo("Your booking is cancelled and refunded");
        assertThat(member.text()).contains("ravi_k refunded your booking of \u201cWeek <of> calm\u201d.")
                .contains("The full ₹499 is on its way back to you")
                .contains("See the booking: https://bettertalk.example/bookings/" + booking);
        assertThat(member.html()).contains("Week &lt;of&gt; calm").doesNotContain("<of>");
        assertThat(mentor.subject()).isEqualTo("A booking of \u201cWeek <of> calm\u201d was refunded");
        assertThat(mentor.text()).contains("asha cancelled their booking of \u201cWeek <of> calm\u201d before your "
                + "first reply.").contains("The ₹499 they paid goes back to them");
    }

    private RenderedEmail render(Email email, String token) {
        return templates.render(new OutgoingEmail(new QueuedEmailId(7), email, new EmailAddress("asha@example.com"),
                token));
    }
}

package app.bettertalk.web.identity;

import app.bettertalk.core.access.Actor;
import app.bettertalk.core.booking.BookPlan;
import app.bettertalk.core.booking.Booking;
import app.bettertalk.core.booking.ConfirmBooking;
import app.bettertalk.core.community.CreateGroup;
import app.bettertalk.core.community.Group;
import app.bettertalk.core.community.JoinGroup;
import app.bettertalk.core.identity.UpdateProfile;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.web.Browser;
import app.bettertalk.web.TestSite;
import app.bettertalk.web.booking.SimulatedPayments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ProfilePagesTest {
    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final String ESCAPED = "&lt;script&gt;alert('x')&lt;/script&gt;";

    private final TestSite site = new TestSite();

    @AfterEach
    void stop() {
        site.close();
    }

    private Actor actorOf(Browser browser) {
        return site.core.identifyActor().identify(browser.userId(site.stores));
    }

    private User userOf(Browser browser) {
        return site.stores.users().byId(browser.userId(site.stores)).orElseThrow();
    }

    private Group group(String name) {
        return site.core.createGroup().create(new CreateGroup.Command(Actor.operator(), name, ""));
    }

    private Booking book(Browser user, Browser mentor) {
        var plan = site.stores.plans().ofMentor(mentor.userId(site.stores)).getFirst();
        return site.core.bookPlan().book(new BookPlan.Command(actorOf(user), plan.id()));
    }

    private Booking bookAndPay(Browser user, Browser mentor) {
        var booking = book(user, mentor);
        return site.core.confirmBooking().confirm(new ConfirmBooking.Command(actorOf(user), booking.id(),
                SimulatedPayments.referenceFor(booking.id()))).booking();
    }

    private void describe(Browser browser, String displayName, String bio) {
        site.core.updateProfile().update(new UpdateProfile.Command(actorOf(browser), displayName, bio, "29",
                "98765 43210"));
    }

    @Test
    void the_info_tab_shows_the_username_as_fixed_with_the_owners_email_and_phone() {
        var asha = site.member("asha_k");

        var page = asha.get("/profile");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<dd id=\"username\">asha_k</dd>").contains("never changes")
                .contains(userOf(asha).email().value()).contains("value=\"+919876543210\"")
                .doesNotContain("name=\"username\"");
    }

    @Test
    void saving_the_profile_changes_the_editable_fields_and_says_so() {
        var asha = site.member("asha_k");
        asha.get("/profile");

        var saving = asha.postForm("/profile", "displayName", "Asha", "bio", "Learning to rest.", "age", "31",
                "phone", "91234 56789");

        assertThat(saving.status()).isEqualTo(303);
        assertThat(saving.location()).isEqualTo("/profile?tab=info&saved=1");
        var profile = userOf(asha).profile().orElseThrow();
        assertThat(profile.displayName()).isEqualTo("Asha");
        assertThat(profile.bio()).isEqualTo("Learning to rest.");
        assertThat(profile.age()).isEqualTo(31);
        assertThat(profile.phone().e164()).isEqualTo("+919123456789");
        assertThat(asha.get(saving.location()).body()).contains("Your profile is saved.");
    }

    @Test
    void a_display_name_posing_as_staff_or_hiding_characters_is_refused_and_the_old_one_kept() {
        var asha = site.member("asha_k");
        describe(asha, "Asha", "");
        asha.get("/profile");

        var posing = asha.postForm("/profile", "displayName", "BetterTalk Support", "bio", "", "age", "29",
                "phone", "98765 43210");
        var hiding = asha.postForm("/profile", "displayName", "\u202Eahsa", "bio", "", "age", "29",
                "phone", "98765 43210");
        var fullWidth = asha.postForm("/profile", "displayName", "\uFF21\uFF53\uFF48\uFF41  K", "bio", "",
                "age", "29", "phone", "98765 43210");

        assertThat(posing.status()).isEqualTo(422);
        assertThat(posing.body()).contains("must not look like BetterTalk or its staff");
        assertThat(hiding.status()).isEqualTo(422);
        assertThat(hiding.body()).contains("invisible, control or direction-changing characters");
        assertThat(fullWidth.status()).isEqualTo(303);
        assertThat(userOf(asha).profile().orElseThrow().displayName()).isEqualTo("Asha K");
    }

    @Test
    void a_display_name_copying_another_members_username_is_refused_and_the_form_keeps_what_was_typed() {
        site.member("ravi_k");
        var asha = site.member("asha_k");
        asha.get("/profile");

        var copying = asha.postForm("/profile", "displayName", "Ravi_K", "bio", "About me.", "age", "29",
                "phone", "98765 43210");
        var lookalike = asha.postForm("/profile", "displayName", "rav1_k", "bio", "About me.", "age", "29",
                "phone", "98765 43210");
        var own = asha.postForm("/profile", "displayName", "Asha_K", "bio", "About me.", "age", "29",
                "phone", "98765 43210");

        assertThat(copying.status()).isEqualTo(422);
        assertThat(copying.body())
                .contains("Display name: looks too much like another member's username; choose another")
                .contains("value=\"Ravi_K\"").contains("About me.");
        assertThat(lookalike.status()).isEqualTo(422);
        assertThat(own.status()).isEqualTo(303);
        assertThat(userOf(asha).profile().orElseThrow().displayName()).isEqualTo("Asha_K");
    }

    @Test
    void a_username_sent_with_the_form_changes_nothing() {
        var asha = site.member("asha_k");
        asha.get("/profile");

        asha.postForm("/profile", "username", "someone_else", "displayName", "", "bio", "", "age", "29",
                "phone", "98765 43210");

        assertThat(userOf(asha).username().orElseThrow().value()).isEqualTo("asha_k");
    }

    @Test
    void a_refused_edit_shows_the_reason_and_keeps_what_was_typed() {
        var asha = site.member("asha_k");
        asha.get("/profile");

        var saving = asha.postForm("/profile", "displayName", "Asha R", "bio", "About me.", "age", "12",
                "phone", "98765 43210");

        assertThat(saving.status()).isEqualTo(422);
        assertThat(saving.body()).contains("Age: you must be at least 18 to use BetterTalk")
                .contains("value=\"Asha R\"").contains("About me.").contains("value=\"12\"");
        assertThat(userOf(asha).profile().orElseThrow().age()).isEqualTo(29);
    }

    @Test
    void a_refused_edit_shows_typed_markup_as_text() {
        var asha = site.member("asha_k");
        asha.get("/profile");

        var saving = asha.postForm("/profile", "displayName", "\"><script>x</script>", "bio", SCRIPT, "age", "abc",
                "phone", "98765 43210");

        assertThat(saving.status()).isEqualTo(422);
        assertThat(saving.body()).doesNotContain("<script>").contains(ESCAPED);
    }

    @Test
    void a_profile_edit_without_the_forms_csrf_token_is_refused_and_changes_nothing() {
        var asha = site.member("asha_k");
        asha.get("/profile");
        asha.forgetCsrfToken();

        var saving = asha.postForm("/profile", "displayName", "Asha", "bio", "", "age", "40",
                "phone", "98765 43210");

        assertThat(saving.status()).isEqualTo(403);
        assertThat(userOf(asha).profile().orElseThrow().age()).isEqualTo(29);
    }

    @Test
    void script_in_ones_own_bio_is_shown_as_text() {
        var asha = site.member("asha_k");
        describe(asha, "", SCRIPT);

        var page = asha.get("/profile");

        assertThat(page.body()).doesNotContain(SCRIPT).contains(ESCAPED);
    }

    @Test
    void a_signed_out_visitor_is_sent_to_sign_in_from_the_profile() {
        var page = site.visitor().get("/profile");

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).isEqualTo("/signin?return=%2Fprofile");
    }

    @Test
    void someone_who_has_not_onboarded_is_sent_to_onboarding_from_the_profile() {
        var page = site.newcomer("asha").get("/profile?tab=sessions");

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).isEqualTo("/onboarding?return=%2Fprofile%3Ftab%3Dsessions");
    }

    @Test
    void someone_who_has_not_onboarded_cannot_save_a_profile() {
        var newcomer = site.newcomer("asha");
        newcomer.get("/onboarding");

        var saving = newcomer.postForm("/profile", "displayName", "Asha", "bio", "", "age", "30",
                "phone", "98765 43210");

        assertThat(saving.status()).isEqualTo(303);
        assertThat(saving.location()).isEqualTo("/onboarding");
        assertThat(userOf(newcomer).onboarded()).isFalse();
    }

    @Test
    void the_groups_tab_links_only_the_groups_joined() {
        var anxiety = group("Anxiety");
        group("Breakups");
        var asha = site.member("asha_k");
        site.core.joinGroup().join(new JoinGroup.Command(actorOf(asha), anxiety.id()));

        var page = asha.get("/profile?tab=groups");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<a href=\"/groups/" + anxiety.id() + "\">Anxiety</a>")
                .doesNotContain("Breakups");
    }

    @Test
    void the_groups_tab_says_so_when_no_group_is_joined() {
        group("Anxiety");

        var page = site.member("asha_k").get("/profile?tab=groups");

        assertThat(page.body()).contains("You have not joined any groups yet.");
    }

    @Test
    void the_sessions_tab_shows_a_paid_booking_with_plan_mentor_status_price_and_its_chat() {
        var mentor = site.mentorWithPlan("meera_m", 7);
        var asha = site.member("asha_k");
        var booking = bookAndPay(asha, mentor);
        var chat = site.stores.chatThreads().ofPair(booking.user(), booking.mentor()).orElseThrow();

        var page = asha.get("/profile?tab=sessions");

        assertThat(page.status()).isEqualTo(200);
        var row = rowOf(page.body(), booking);
        assertThat(row).contains("7 days of chat").contains("meera_m").contains("✓ Verified mentor")
                .contains("Active").contains("₹499").contains("href=\"/chat/" + chat.id() + "\"");
    }

    @Test
    void a_booking_not_paid_for_has_no_chat_link() {
        var mentor = site.mentorWithPlan("meera_m", 7);
        var asha = site.member("asha_k");
        var booking = book(asha, mentor);

        var page = asha.get("/profile?tab=sessions");

        assertThat(rowOf(page.body(), booking)).contains("Awaiting payment").doesNotContain("/chat/");
    }

    @Test
    void the_sessions_tab_says_so_when_nothing_was_booked() {
        var page = site.member("asha_k").get("/profile?tab=sessions");

        assertThat(page.body()).contains("You have not booked a session yet.")
                .doesNotContain("Sessions booked with you");
    }

    @Test
    void a_mentor_also_sees_the_bookings_made_with_them() {
        var mentor = site.mentorWithPlan("meera_m", 7);
        var asha = site.member("asha_k");
        describe(asha, "Asha R", "");
        var booking = bookAndPay(asha, mentor);

        var page = mentor.get("/profile?tab=sessions");

        assertThat(page.body()).contains("Sessions booked with you");
        assertThat(rowOf(page.body(), booking)).contains("Asha R").contains("/chat/");
    }

    @Test
    void nobody_sees_another_persons_bookings_on_their_own_sessions_tab() {
        var mentor = site.mentorWithPlan("meera_m", 7);
        var booking = bookAndPay(site.member("asha_k"), mentor);

        var page = site.member("ravi_k").get("/profile?tab=sessions");

        assertThat(page.body()).doesNotContain(booking.id().toString()).doesNotContain("meera_m");
    }

    @Test
    void someones_public_profile_shows_their_public_fields_but_never_email_or_phone() {
        var asha = site.member("asha_k");
        describe(asha, "Asha R", "Learning to rest.");

        var page = site.member("ravi_k").get("/profile/" + asha.userId(site.stores));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("asha_k").contains("Asha R").contains("Age 29").contains("Learning to rest.")
                .doesNotContain(userOf(asha).email().value()).doesNotContain("+919876543210")
                .doesNotContain("98765");
    }

    @Test
    void script_in_a_bio_is_shown_as_text_on_the_public_profile() {
        var asha = site.member("asha_k");
        describe(asha, "", SCRIPT);

        var page = site.member("ravi_k").get("/profile/" + asha.userId(site.stores));

        assertThat(page.body()).doesNotContain(SCRIPT).contains(ESCAPED);
    }

    @Test
    void ones_own_public_profile_says_it_is_how_others_see_it() {
        var asha = site.member("asha_k");

        var page = asha.get("/profile/" + asha.userId(site.stores));

        assertThat(page.body()).contains("This is how other people see your profile.");
    }

    @Test
    void the_profile_of_someone_unknown_or_not_onboarded_is_not_found() {
        var newcomer = site.newcomer("nila");
        var ravi = site.member("ravi_k");

        var unknown = ravi.get("/profile/" + new UserId(UUID.randomUUID()));
        var notOnboarded = ravi.get("/profile/" + newcomer.userId(site.stores));
        var malformed = ravi.get("/profile/nobody");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(notOnboarded.status()).isEqualTo(404);
        assertThat(malformed.status()).isEqualTo(404);
    }

    @Test
    void a_signed_out_visitor_is_sent_to_sign_in_from_a_public_profile() {
        var asha = site.member("asha_k");

        var page = site.visitor().get("/profile/" + asha.userId(site.stores));

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).startsWith("/signin?return=%2Fprofile%2F");
    }

    private static String rowOf(String page, Booking booking) {
        var start = page.indexOf("<tr id=\"booking-" + booking.id() + "\"");
        assertThat(start).as("row of booking " + booking.id()).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    @Test
    void a_member_is_offered_to_become_a_mentor_from_their_profile() {
        var asha = site.member("asha");

        var page = asha.get("/profile");

        assertThat(page.body()).contains("<a class=\"button secondary\" href=\"/mentor/apply\" id=\"become-mentor\">");
    }

    @Test
    void a_mentor_is_pointed_to_their_dashboard_from_their_profile() {
        var ravi = site.mentorWithPlan("ravi_k", 7);

        var page = ravi.get("/profile");

        assertThat(page.body()).contains("id=\"mentor-dashboard-link\"").doesNotContain("id=\"become-mentor\"");
    }

    @Test
    void the_email_and_the_username_each_sit_in_their_own_labelled_pair() {
        var asha = site.member("asha");

        var page = asha.get("/profile").body();

        assertThat(page).containsPattern("<div class=\"field\">\\s*<dt id=\"username-label\">Anonymous username</dt>"
                + "\\s*<dd id=\"username\">asha</dd>");
        assertThat(page).containsPattern("<div class=\"field\">\\s*<dt id=\"email-label\">Email</dt>"
                + "\\s*<dd id=\"email\">asha\\d+@example.com</dd>");
    }
}

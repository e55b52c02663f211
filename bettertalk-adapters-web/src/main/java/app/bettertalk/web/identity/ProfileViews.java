package app.bettertalk.web.identity;

import app.bettertalk.core.access.Role;
import app.bettertalk.core.booking.BookingSummary;
import app.bettertalk.core.community.GroupCard;
import app.bettertalk.core.identity.ProfileView;
import app.bettertalk.display.IndiaTime;
import app.bettertalk.display.Rupees;
import app.bettertalk.web.Display;

import java.util.List;

/** What the profile pages show, display-ready. */
public final class ProfileViews {
    private ProfileViews() {
    }

    /**
     * The owner's profile form: the fixed username and the private email shown, the editable fields as stored or as
     * just typed, and why the core refused them ({@code error} empty when it did not). {@code mentor}: the owner
     * has the mentor role, so the page points to their dashboard rather than to becoming a mentor.
     */
    public record Info(String username, String email, String phone, String age, String displayName, String bio,
                       String errorField, String error, boolean saved, boolean mentor) {
        static Info of(ProfileView view, boolean saved) {
            return new Info(view.username(), view.email(), view.phone(), Integer.toString(view.age()),
                    view.displayName(), view.bio(), "", "", saved, view.role() == Role.MENTOR);
        }
    }

    /** A group the owner belongs to. */
    public record JoinedGroup(String id, String name, String members) {
        static JoinedGroup of(GroupCard card) {
            return new JoinedGroup(card.group().id().toString(), card.group().name(),
                    Display.count(card.memberCount(), "member", "members"));
        }
    }

    /**
     * Both lists of the sessions tab; {@code withMe} is empty for someone nobody has booked, and shown when the core
     * says the person mentors ({@code mentor}).
     */
    public record Sessions(List<BookingRow> made, List<BookingRow> withMe, boolean mentor) {
    }

    /**
     * One booking: the plan, the other person (a tick for a verified mentor) and where their name leads, the status
     * in words, the price in rupees, the chat link once paid ({@code chatUrl} empty before), and the review link
     * once the core offers the review ({@code reviewUrl} empty before).
     */
    public record BookingRow(String id, String planTitle, String with, boolean verifiedMentor, String withUrl,
                             String status, String price, String bookedAt, String chatUrl, String reviewUrl) {
        static BookingRow of(BookingSummary summary) {
            var booking = summary.booking();
            var other = summary.counterpart();
            var withUrl = other.id().equals(booking.mentor()) ? "/mentor/" + other.id() : "/profile/" + other.id();
            return new BookingRow(booking.id().toString(), booking.planTitle(), other.name(), other.verifiedMentor(),
                    withUrl, summary.state().words(), Rupees.format(booking.price()),
                    IndiaTime.format(booking.createdAt()), summary.chat().map(chat -> "/chat/" + chat).orElse(""),
                    summary.reviewable() ? "/bookings/" + booking.id() + "/review" : "");
        }
    }

    /** Someone's public profile: never their email or phone. {@code own}: the core says it is the viewer's. */
    public record Public(String username, String displayName, String age, String bio, boolean own) {
        static Public of(ProfileView view) {
            return new Public(view.username(), view.displayName(), Integer.toString(view.age()), view.bio(),
                    view.viewerIsOwner());
        }
    }

    /** The form's name for a field the core named in a refusal. */
    public static String label(String field) {
        return switch (field) {
            case "displayName" -> "Display name";
            case "bio" -> "Bio";
            case "age" -> "Age";
            case "phone" -> "Phone number";
            default -> field;
        };
    }
}

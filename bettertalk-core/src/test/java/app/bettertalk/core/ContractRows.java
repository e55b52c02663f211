package app.bettertalk.core;

import app.bettertalk.core.access.Role;
import app.bettertalk.core.booking.Booking;
import app.bettertalk.core.booking.BookingId;
import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.chat.ChatThread;
import app.bettertalk.core.chat.ChatWindow;
import app.bettertalk.core.community.Group;
import app.bettertalk.core.community.GroupId;
import app.bettertalk.core.community.Post;
import app.bettertalk.core.community.PostId;
import app.bettertalk.core.identity.AnonymousUsername;
import app.bettertalk.core.identity.EmailAddress;
import app.bettertalk.core.identity.GoogleSubject;
import app.bettertalk.core.identity.PhoneNumber;
import app.bettertalk.core.identity.Profile;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.mentor.CancellationRule;
import app.bettertalk.core.mentor.Mentor;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.mentor.PlanId;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.UserId;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Rows for the port contracts: values to store, and prerequisite rows stored through the ports in their own unit of
 * work, in the order a database with foreign keys needs them (a user before their mentor profile, a plan before its
 * bookings).
 */
public final class ContractRows {
    /**
     * When the contracts' stories start. Instants carry microseconds, the precision the database promises, so a store
     * that truncated them to milliseconds or seconds fails the round trips; finer ones it may not keep.
     */
    public static final Instant T0 = Instant.parse("2026-11-25T10:00:00.123456Z");

    private final Stores stores;

    public ContractRows(Stores stores) {
        this.stores = stores;
    }

    /** {@code minutes} after {@link #T0}, keeping its microseconds. */
    public static Instant at(long minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    public <T> T inTransaction(Supplier<T> work) {
        return stores.unitOfWork().inTransaction(work);
    }

    /** Runs {@code work} in a unit of work of its own, as a use case would. */
    public void write(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** An onboarded account, not stored, whose Google subject and email follow from {@code username}. */
    public static User newUser(String username, Instant at) {
        var key = username.toLowerCase(Locale.ROOT);
        var profile = new Profile(new AnonymousUsername(username), new PhoneNumber("+919876543210"), 30, "", "");
        return User.signedUp(UserId.random(), new GoogleSubject("google-" + key),
                new EmailAddress(key + "@example.com"), "Google " + username, at).onboard(profile, at);
    }

    /** A mentor application of {@code id}, not stored. */
    public static Mentor newMentor(UserId id, Instant at) {
        return newMentor(id, "Asha Listener", at);
    }

    /** A mentor application of {@code id} shown as {@code publicName}, not stored. */
    public static Mentor newMentor(UserId id, String publicName, Instant at) {
        return new Mentor(id, publicName, "Listener for hard days", "Ten years of peer support.",
                List.of("anxiety", "breakup"), List.of("English", "Hindi"), 10, false, at, at);
    }

    /** An active plan of {@code mentor} with seven days of chat for ₹499, not stored. */
    public static Plan newPlan(UserId mentor, Instant at) {
        return new Plan(PlanId.random(), mentor, "Support - 7 days chat", "Text support when you need it.",
                Paise.ofRupees(499), 30, 7, CancellationRule.DEFAULT, true, at, at);
    }

    public static Group newGroup(String name, UserId createdBy, Instant at) {
        return new Group(GroupId.random(), name, "A place to talk about " + name + ".", createdBy, at);
    }

    public static Post newPost(GroupId group, UserId author, String content, Instant at) {
        return new Post(PostId.random(), group, author, content, at);
    }

    public static Booking newPendingBooking(UserId user, Plan plan, Instant at) {
        return Booking.pending(BookingId.random(), user, plan.mentor(), plan.id(), plan.title(), plan.price(),
                plan.chatWindowDays(), plan.cancellationRule(), at);
    }

    /** A stored onboarded account created at {@link #T0}. */
    public User user(String username) {
        return user(username, T0);
    }

    /** A stored onboarded account created at {@code at}. */
    public User user(String username, Instant at) {
        var user = newUser(username, at);
        write(() -> stores.users().add(user));
        return user;
    }

    /**
     * A stored account with the mentor role and its stored, unverified mentor profile, shown by its username as an
     * application without a public name of its own would be.
     */
    public Mentor mentor(String username) {
        var user = newUser(username, T0).withRole(Role.MENTOR, T0);
        var mentor = newMentor(user.id(), username, T0);
        write(() -> {
            stores.users().add(user);
            stores.mentors().add(mentor);
        });
        return mentor;
    }

    /** A stored plan of {@code mentor}, created at {@link #T0}. */
    public Plan plan(Mentor mentor) {
        var plan = newPlan(mentor.id(), T0);
        write(() -> stores.plans().add(plan));
        return plan;
    }

    public Group group(String name, User createdBy) {
        var group = newGroup(name, createdBy.id(), T0);
        write(() -> stores.groups().add(group));
        return group;
    }

    public Post post(Group group, User author, Instant at) {
        var post = newPost(group.id(), author.id(), "Some days are heavier than others.", at);
        write(() -> stores.posts().add(post));
        return post;
    }

    public Booking pendingBooking(User user, Plan plan, Instant at) {
        var booking = newPendingBooking(user.id(), plan, at);
        write(() -> stores.bookings().add(booking));
        return booking;
    }

    /** The stored thread of {@code user} and {@code mentor}, active with a window from {@code startsAt}. */
    public ChatThread thread(User user, Mentor mentor, Instant startsAt, Instant endsAt) {
        return thread(user.id(), mentor.id(), startsAt, endsAt);
    }

    /** The stored active thread of two people, the second a mentor, opened and extended as a booking would. */
    public ChatThread thread(UserId user, UserId mentor, Instant startsAt, Instant endsAt) {
        var thread = new ChatThread(ChatId.random(), user, mentor, new ChatWindow(startsAt, endsAt), true, startsAt);
        write(() -> {
            stores.chatThreads().lockOrOpen(ChatThread.unopened(thread.id(), user, mentor, startsAt));
            stores.chatThreads().update(thread);
        });
        return thread;
    }

    /** A stored active thread of {@code user} and {@code mentor} open for a week from {@link #T0}. */
    public ChatThread thread(User user, Mentor mentor) {
        return thread(user, mentor, T0, T0.plus(Duration.ofDays(7)));
    }
}

package app.bettertalk.core.mentor;

import app.bettertalk.core.ContractRows;
import app.bettertalk.core.Stores;
import app.bettertalk.core.access.Role;
import app.bettertalk.core.identity.PhoneNumber;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Mentors for the directory's contract, stored through the ports as the product would store them. */
final class DirectorySeeds {
    private final Stores stores;
    private final ContractRows rows;

    DirectorySeeds(Stores stores) {
        this.stores = stores;
        this.rows = new ContractRows(stores);
    }

    /** A verified mentor with one ₹499 plan, tags "anxiety" and "English", until told otherwise. */
    Seed mentor(String username) {
        return new Seed(username);
    }

    /** Gives {@code mentor} {@code count} reviews with {@code stars} in all. */
    void rate(UserId mentor, int count, long stars) {
        rows.write(() -> stores.mentorRatings().adjust(mentor, count, stars));
    }

    /** One mentor to store; each setter replaces the default. */
    final class Seed {
        private final String username;
        private String displayName = "";
        private String headline = "Listener for hard days";
        private String bio = "Ten years of peer support.";
        private List<String> expertise = List.of("anxiety");
        private List<String> languages = List.of("English");
        private int years = 3;
        private List<Long> plans = List.of(499L);
        private List<Long> retiredPlans = List.of();
        private boolean verified = true;
        private Instant joined = ContractRows.T0;
        private Instant active = ContractRows.T0;

        private Seed(String username) {
            this.username = username;
        }

        Seed displayName(String name) {
            displayName = name;
            return this;
        }

        Seed headline(String text) {
            headline = text;
            return this;
        }

        Seed bio(String text) {
            bio = text;
            return this;
        }

        Seed expertise(String... tags) {
            expertise = List.of(tags);
            return this;
        }

        Seed languages(String... tags) {
            languages = List.of(tags);
            return this;
        }

        Seed years(int value) {
            years = value;
            return this;
        }

        /** Active plans at these rupee prices. */
        Seed plans(long... rupees) {
            plans = Arrays.stream(rupees).boxed().toList();
            return this;
        }

        /** Deactivated plans at these rupee prices. */
        Seed retiredPlans(long... rupees) {
            retiredPlans = Arrays.stream(rupees).boxed().toList();
            return this;
        }

        Seed unverified() {
            verified = false;
            return this;
        }

        Seed joined(Instant at) {
            joined = at;
            return this;
        }

        /** When the mentor last changed their profile. */
        Seed active(Instant at) {
            active = at;
            return this;
        }

        UserId stored() {
            var user = ContractRows.newUser(username, joined)
                    .editProfile(new PhoneNumber("+919876543210"), 30, displayName, "", joined)
                    .withRole(Role.MENTOR, joined);
            var mentor = new Mentor(user.id(), displayName.isBlank() ? username : displayName, headline, bio, expertise, languages, years, verified, joined,
                    active);
            rows.write(() -> {
                stores.users().add(user);
                stores.mentors().add(mentor);
                plans.forEach(rupees -> stores.plans().add(plan(user.id(), rupees, true)));
                retiredPlans.forEach(rupees -> stores.plans().add(plan(user.id(), rupees, false)));
            });
            return user.id();
        }

        private Plan plan(UserId mentor, long rupees, boolean isActive) {
            return new Plan(PlanId.random(), mentor, "Chat for " + rupees, "", Paise.ofRupees(rupees), 0, 7,
                    CancellationRule.DEFAULT, isActive,
                    joined, joined);
        }
    }
}

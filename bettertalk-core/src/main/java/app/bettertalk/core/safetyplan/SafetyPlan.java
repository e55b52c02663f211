package app.bettertalk.core.safetyplan;

import app.bettertalk.core.shared.Text;
import app.bettertalk.core.shared.UserId;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Stream;

/** One member's safety plan as they last saved it; {@code updatedAt} is when, from the core's clock. */
public record SafetyPlan(UserId owner, Sections sections, Instant updatedAt) {
    public SafetyPlan {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(sections, "sections");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /**
     * What the member wrote, section by section. Every section may be left empty; each is NFC-normalised, its line
     * breaks made {@code \n} (a browser sends {@code \r\n} but counts one character for it), stripped, and at most
     * {@link #MAX_LENGTH} characters; a refusal names the section.
     */
    public record Sections(String warningSigns, String copingSteps, String peopleToCall, String reasonsForLiving,
                           String safeSurroundings) {
        public static final int MAX_LENGTH = 2_000;
        public static final Sections EMPTY = new Sections("", "", "", "", "");

        public Sections {
            warningSigns = section("warningSigns", warningSigns);
            copingSteps = section("copingSteps", copingSteps);
            peopleToCall = section("peopleToCall", peopleToCall);
            reasonsForLiving = section("reasonsForLiving", reasonsForLiving);
            safeSurroundings = section("safeSurroundings", safeSurroundings);
        }

        /** True when nothing is written in any section. */
        public boolean isEmpty() {
            return Stream.of(warningSigns, copingSteps, peopleToCall, reasonsForLiving, safeSurroundings)
                    .allMatch(String::isEmpty);
        }

        private static String section(String field, String typed) {
            var text = Normalizer.normalize(typed == null ? "" : typed, Normalizer.Form.NFC)
                    .replace("\r\n", "\n").replace('\r', '\n');
            return Text.optional(field, text, MAX_LENGTH);
        }
    }
}

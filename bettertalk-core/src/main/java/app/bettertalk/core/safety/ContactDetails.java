package app.bettertalk.core.safety;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Hides the contact details people type into what others read (phone numbers, email addresses, social handles and
 * links to them), because members are anonymous and exchanging contact details is not allowed, as on 7 Cups. Each
 * detail becomes a short visible marker such as {@code [phone hidden]}; everything else stays exactly as typed.
 * India's helplines (Tele-MANAS 14416 and 1-800-891-4416, emergency 112) are shared on purpose and kept.
 */
public final class ContactDetails {
    private ContactDetails() {
    }

    /** {@code text} with its contact details hidden, and which kinds were hidden. */
    public static Masked mask(String text) {
        Objects.requireNonNull(text, "text");
        var found = new ArrayList<Found>();
        found.addAll(PhoneShapes.in(text));
        found.addAll(EmailShapes.in(text));
        found.addAll(HandleShapes.in(text));
        // Where two findings overlap the one starting first wins, then the longer: an email address
        // "98765@gmail.com" is one email, not a phone number with a tail.
        found.sort(Comparator.comparingInt(Found::start).thenComparing(Comparator.comparingInt(Found::end).reversed())
                .thenComparing(Found::kind));
        var masked = new StringBuilder(text.length());
        var hidden = EnumSet.noneOf(Kind.class);
        var copied = 0;
        for (var detail : found) {
            if (detail.start() >= copied) {
                masked.append(text, copied, detail.start()).append(detail.kind().marker());
                hidden.add(detail.kind());
                copied = detail.end();
            }
        }
        return new Masked(masked.append(text, copied, text.length()).toString(), hidden);
    }

    /** What kind of contact detail was hidden, with the marker shown in its place. */
    public enum Kind {
        PHONE("[phone hidden]", "phone number"),
        EMAIL("[email hidden]", "email address"),
        HANDLE("[handle hidden]", "social media handle");

        private final String marker;
        private final String noun;

        Kind(String marker, String noun) {
            this.marker = marker;
            this.noun = noun;
        }

        /** What the reader sees where the detail was. */
        public String marker() {
            return marker;
        }
    }

    /** Text as it is stored and shown, and the kinds of detail hidden from it (none when it was left as typed). */
    public record Masked(String text, Set<Kind> hidden) {
        public Masked {
            Objects.requireNonNull(text, "text");
            var kinds = EnumSet.noneOf(Kind.class);
            kinds.addAll(hidden);
            hidden = Collections.unmodifiableSet(kinds);
        }

        /** Whether anything was hidden, so the writer should be told. */
        public boolean changed() {
            return !hidden.isEmpty();
        }

        /** The short notice for the writer when something was hidden. */
        public Optional<String> notice() {
            if (!changed()) {
                return Optional.empty();
            }
            var nouns = hidden.stream().map(kind -> "the " + kind.noun).toList();
            var listed = nouns.size() == 1 ? nouns.getFirst()
                    : nouns.subList(0, nouns.size() - 1).stream().collect(Collectors.joining(", "))
                    + " and " + nouns.getLast();
            return Optional.of("To keep everyone anonymous, contact details can't be shared here, so we hid "
                    + listed + " you wrote.");
        }
    }

    /** A contact detail at {@code [start, end)} of the text. */
    record Found(int start, int end, Kind kind) {
    }
}

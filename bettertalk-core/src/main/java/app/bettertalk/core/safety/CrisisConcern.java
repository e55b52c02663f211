package app.bettertalk.core.safety;

/**
 * Why the screen thinks a writer may be at risk: the phrase of the list their text matched, as the list writes it,
 * for a moderator's eyes only.
 */
public record CrisisConcern(String phrase) {
    public CrisisConcern {
        if (phrase == null || phrase.isBlank()) {
            throw new IllegalArgumentException("a crisis concern names the phrase it matched");
        }
    }

    // Which phrase a person's message matched is about their health: a stray log line must not carry it.
    @Override
    public String toString() {
        return "CrisisConcern[phrase withheld]";
    }
}

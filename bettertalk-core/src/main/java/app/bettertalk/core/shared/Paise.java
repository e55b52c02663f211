package app.bettertalk.core.shared;

/** An amount of Indian money as a whole number of paise (1 rupee = 100 paise); never negative. */
public record Paise(long value) implements Comparable<Paise> {
    public static final Paise ZERO = new Paise(0);

    public Paise {
        if (value < 0) {
            throw new DomainException.Validation("price", "must not be negative");
        }
    }

    public static Paise ofRupees(long rupees) {
        return new Paise(Math.multiplyExact(rupees, 100L));
    }

    public Paise plus(Paise other) {
        return new Paise(Math.addExact(value, other.value));
    }

    @Override
    public int compareTo(Paise other) {
        return Long.compare(value, other.value);
    }
}

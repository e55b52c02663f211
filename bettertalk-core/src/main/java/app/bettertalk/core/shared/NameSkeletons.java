package app.bettertalk.core.shared;

/**
 * What a name looks like, with the differences people cannot see taken out: the confusable skeleton of Unicode's
 * UTS #39, case-folded. Two names with one skeleton pass for each other on screen, so {@code Iily_k}, {@code lily_k}
 * and {@code LILY_K} share one, as do {@code rnentor} and {@code mentor}, Cyrillic {@code аsha} and Latin
 * {@code asha}, {@code j0hn} and {@code john}. Since case and look-alikes both count, {@code i} and {@code l} are one
 * letter here: {@code Ali} and {@code AlI} differ in case, {@code AlI} and {@code All} in a look-alike.
 * <p>
 * The skeleton is for comparing, never for showing, and may change with Unicode's data: it is stored only to make
 * one unique (an account's username).
 */
@Port
public interface NameSkeletons {
    /** The skeleton of {@code name}: equal for names that look alike and, as far as Unicode's data goes, only those. */
    String skeleton(String name);
}

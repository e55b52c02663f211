package app.bettertalk.core.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link NameSkeletons} promises: names that pass for each other on screen share a skeleton, and names
 * that do not keep their own. An adapter's test extends this with its implementation.
 */
public abstract class NameSkeletonsContract {

    protected abstract NameSkeletons skeletons();

    private String skeleton(String name) {
        return skeletons().skeleton(name);
    }

    @Test
    void a_capital_i_for_a_small_l_and_any_case_give_one_skeleton() {
        assertThat(skeleton("Iily_k")).isEqualTo(skeleton("lily_k")).isEqualTo(skeleton("LILY_K"))
                .isEqualTo(skeleton("Lily_K"));
    }

    @Test
    void r_and_n_side_by_side_look_like_m() {
        assertThat(skeleton("rnentor")).isEqualTo(skeleton("mentor")).isEqualTo(skeleton("MENTOR"));
    }

    @Test
    void a_cyrillic_a_looks_like_a_latin_one() {
        assertThat(skeleton("\u0430sha")).isEqualTo(skeleton("asha"));
    }

    @Test
    void fullwidth_letters_look_like_plain_ones() {
        assertThat(skeleton("\uFF41\uFF53\uFF48\uFF41")).isEqualTo(skeleton("asha"));
        assertThat(skeleton("\uFF21\uFF53\uFF48\uFF41")).isEqualTo(skeleton("Asha"));
    }

    @Test
    void the_digit_zero_looks_like_the_letter_o() {
        assertThat(skeleton("j0hn")).isEqualTo(skeleton("john")).isEqualTo(skeleton("JOHN"));
    }

    @Test
    void the_digit_one_looks_like_the_letter_l() {
        assertThat(skeleton("1ily")).isEqualTo(skeleton("lily"));
    }

    @Test
    void a_reserved_word_in_disguise_looks_like_the_word() {
        assertThat(skeleton("adrnin")).isEqualTo(skeleton("admin"));
        assertThat(skeleton("supp0rt")).isEqualTo(skeleton("support"));
    }

    @Test
    void names_that_look_different_keep_different_skeletons() {
        assertThat(skeleton("asha")).isNotEqualTo(skeleton("ravi"));
        assertThat(skeleton("lily_k")).isNotEqualTo(skeleton("lily_j"));
        assertThat(skeleton("mentor")).isNotEqualTo(skeleton("mentors"));
        assertThat(skeleton("asha_k")).isNotEqualTo(skeleton("ashak"));
        assertThat(skeleton("\u092E\u0940\u0930\u093E")).isNotEqualTo(skeleton("\u092E\u0940\u0928\u093E"));
    }
}

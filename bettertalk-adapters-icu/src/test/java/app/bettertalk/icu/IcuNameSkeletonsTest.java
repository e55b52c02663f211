package app.bettertalk.icu;

import app.bettertalk.core.shared.NameSkeletons;
import app.bettertalk.core.shared.NameSkeletonsContract;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@link NameSkeletonsContract} on Unicode's own data, and what only that data knows. */
class IcuNameSkeletonsTest extends NameSkeletonsContract {
    private static final NameSkeletons ICU = new IcuNameSkeletons();

    @Override
    protected NameSkeletons skeletons() {
        return ICU;
    }

    @Test
    void greek_and_cyrillic_capitals_look_like_latin_ones() {
        assertThat(ICU.skeleton("\u0391\u0405\u041D\u0391")).isEqualTo(ICU.skeleton("ASHA"));
    }

    @Test
    void invisible_characters_do_not_count() {
        assertThat(ICU.skeleton("li\u200Bly_k")).isEqualTo(ICU.skeleton("lily_k"));
    }

    @Test
    void a_name_in_another_script_keeps_its_own_skeleton() {
        assertThat(ICU.skeleton("\u092E\u0940\u0930\u093E")).isEqualTo("\u092E\u0940\u0930\u093E");
    }
}

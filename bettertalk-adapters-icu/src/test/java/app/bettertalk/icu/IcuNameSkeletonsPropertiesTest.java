package app.bettertalk.icu;

import app.bettertalk.core.shared.AsciiNameSkeletons;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests over in-memory stores tell usernames apart as production does: the stand-in agrees with ICU on them. */
class IcuNameSkeletonsPropertiesTest {
    private final IcuNameSkeletons icu = new IcuNameSkeletons();
    private final AsciiNameSkeletons standIn = new AsciiNameSkeletons();

    @Property
    void the_test_stand_in_gives_every_username_the_skeleton_icu_gives(@ForAll("usernames") String username) {
        assertThat(standIn.skeleton(username)).isEqualTo(icu.skeleton(username));
    }

    @Provide
    Arbitrary<String> usernames() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .withChars('_').ofMinLength(3).ofMaxLength(20);
    }
}

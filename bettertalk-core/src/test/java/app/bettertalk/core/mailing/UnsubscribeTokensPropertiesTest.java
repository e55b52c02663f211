package app.bettertalk.core.mailing;

import app.bettertalk.core.World;
import app.bettertalk.core.notification.EmailKind;
import app.bettertalk.core.shared.UserId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class UnsubscribeTokensPropertiesTest {
    private final UnsubscribeTokens tokens = new UnsubscribeTokens(World.TEST_SECRET);

    @Property
    void every_issued_token_reads_back_as_what_it_was_issued_for(@ForAll("people") UserId person,
                                                                   @ForAll("optionalKinds") EmailKind kind) {
        assertThat(tokens.read(tokens.issue(person, kind))).contains(new Unsubscription(person, kind));
    }

    @Property
    void changing_any_one_character_of_a_token_makes_it_worthless(@ForAll("people") UserId person,
                                                                 @ForAll("optionalKinds") EmailKind kind,
                                                                 @ForAll @IntRange(min = 0, max = 200) int where,
                                                                 @ForAll("tokenCharacters") char replacement) {
        var token = tokens.issue(person, kind);
        var at = where % token.length();
        if (token.charAt(at) == replacement) {
            return;
        }

        var changed = token.substring(0, at) + replacement + token.substring(at + 1);

        assertThat(tokens.read(changed)).isEmpty();
    }

    @Provide
    Arbitrary<UserId> people() {
        return Arbitraries.longs().tuple2().map(bits -> new UserId(new UUID(bits.get1(), bits.get2())));
    }

    @Provide
    Arbitrary<EmailKind> optionalKinds() {
        return Arbitraries.of(EmailChoices.optionalKinds());
    }

    @Provide
    Arbitrary<Character> tokenCharacters() {
        return Arbitraries.chars().with("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.");
    }
}

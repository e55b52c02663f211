package app.bettertalk.core.safety;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LinkShapesTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "see https://example.org/page", "http://x.y", "join at www.cheap-pills.biz", "go to WWW.Example.com",
            "visit example.com", "free-money.in/offer now", "t.me/somebody", "bit.ly/3abc", "ftp://files.host",
            "my blog: sub.domain.co", "(scam.xyz)",
    })
    void a_link_is_found(String text) {
        assertThat(LinkShapes.anyIn(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I paid Rs. 1,500.50 for it", "I am 29.", "v1.2 of the app", "It's 3.30 am, can't sleep", "e.g. this",
            "I was tired.Sleep is hard", "Dr. Rao said so", "[email hidden] and [handle hidden]", "A.B.C. of grief",
            "so...com on", "version 2.0.1",
    })
    void ordinary_writing_is_no_link(String text) {
        assertThat(LinkShapes.anyIn(text)).isFalse();
    }
}

package app.bettertalk.core.limits;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateTest {
    @ParameterizedTest
    @CsvSource({"5/10m,5,PT10M,5/10m", "30/m,30,PT1M,30/m", "100/h,100,PT1H,100/h", "3/ 2d,3,PT48H,3/2d",
            "10/45s,10,PT45S,10/45s", "7/1M,7,PT1M,7/m", "2/90m,2,PT90M,2/90m"})
    void a_rate_reads_as_an_operator_writes_it(String written, int count, Duration period, String shown) {
        var rate = Rate.parse(written);

        assertThat(rate).isEqualTo(new Rate(count, period));
        assertThat(rate.toString()).isEqualTo(shown);
        assertThat(Rate.parse(rate.toString())).isEqualTo(rate);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "5", "5/", "/m", "0/m", "-1/m", "5/10x", "five/m", "5/0m", "5/8d", "1.5/m", "5 per m"})
    void a_rate_that_is_not_one_is_refused_with_its_words(String written) {
        assertThatThrownBy(() -> Rate.parse(written)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rate");
    }
}

package app.bettertalk.web.api;

import app.bettertalk.core.shared.Paise;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PriceJsonTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "5       | ₹0.05",
            "100     | ₹1",
            "49900   | ₹499",
            "149950  | ₹1,499.50",
            "10000000 | ₹1,00,000",
            "123456789 | ₹12,34,567.89",
            "1000000000000 | ₹10,00,00,00,000"})
    void rupees_are_written_with_indian_digit_grouping_and_paise_only_when_there_are_any(long paise, String shown) {
        var price = PriceJson.of(new Paise(paise));

        assertThat(price.display()).isEqualTo(shown);
        assertThat(price.paise()).isEqualTo(paise);
    }
}

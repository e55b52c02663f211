package app.bettertalk.web.api;

import app.bettertalk.core.shared.Paise;
import app.bettertalk.display.Rupees;

/** A price in the API: exact integer paise to compute with, and the rupee text to show (₹499, ₹1,00,000.50). */
public record PriceJson(long paise, String display) {
    public static PriceJson of(Paise price) {
        return new PriceJson(price.value(), Rupees.format(price));
    }
}

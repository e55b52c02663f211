package app.bettertalk.web.api;

import app.bettertalk.core.shared.Paise;

/** A price in the API: exact integer paise to compute with, and the rupee text to show (₹499, ₹1,00,000.50). */
public record PriceJson(long paise, String display) {
    public static PriceJson of(Paise price) {
        return new PriceJson(price.value(), rupees(price));
    }

    /** Indian digit grouping (lakh, crore); paise shown only when there are any. */
    static String rupees(Paise price) {
        var whole = Long.toString(price.value() / 100);
        var paise = price.value() % 100;
        var grouped = new StringBuilder();
        if (whole.length() <= 3) {
            grouped.append(whole);
        } else {
            var head = whole.substring(0, whole.length() - 3);
            for (var i = 0; i < head.length(); i++) {
                if (i > 0 && (head.length() - i) % 2 == 0) {
                    grouped.append(',');
                }
                grouped.append(head.charAt(i));
            }
            grouped.append(',').append(whole, whole.length() - 3, whole.length());
        }
        return "₹" + grouped + (paise == 0 ? "" : "." + (paise < 10 ? "0" : "") + paise);
    }
}

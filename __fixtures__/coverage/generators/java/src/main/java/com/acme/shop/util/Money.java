package com.acme.shop.util;

/** Formatting helpers. */
public final class Money {
    private Money() {
    }

    public static String format(double amount, String currency) {
        String fixed = String.format("%.2f", amount);
        if ("EUR".equals(currency)) {
            return fixed + " €";
        } else if ("USD".equals(currency)) {
            return "$" + fixed;
        }
        return fixed + " " + currency;
    }
}

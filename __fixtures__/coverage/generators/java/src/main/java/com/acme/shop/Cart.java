package com.acme.shop;

import java.util.ArrayList;
import java.util.List;

/** A shopping cart; the tests only cover part of it. */
public class Cart {
    private final List<Double> prices = new ArrayList<>();

    public Cart add(double price) {
        if (price < 0) {
            throw new IllegalArgumentException("negative price");
        }
        prices.add(price);
        return this;
    }

    public double total() {
        double sum = 0;
        for (double p : prices) {
            sum += p;
        }
        return sum;
    }

    public double totalWithDiscount(double percent) {
        if (percent <= 0) {
            return total();
        }
        double t = total();
        return t - t * percent / 100;
    }

    public boolean isEmpty() {
        return prices.isEmpty();
    }
}

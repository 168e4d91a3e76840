package org.batterygraph.bulk;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/** Random property values shaped like the real graph's: weighted enums, log-normal sizes, dates in a range. */
final class SyntheticValues {

    private static final List<String> PLACES = List.of("North", "Pacific", "Global", "American", "Nordic", "Atlantic",
            "Great Lakes", "Southern", "Alpine", "Eastern", "Western", "Central", "Coastal", "Prairie", "Delta");
    private static final List<String> STEMS = List.of("Volt", "Lithium", "Cell", "Anode", "Cathode", "Energy",
            "Battery", "Power", "Graphite", "Nickel", "Cobalt", "Ion", "Storage", "Materials", "Recycling", "Electrode");
    private static final List<String> FORMS = List.of("Inc.", "Corp.", "GmbH", "Ltd.", "AG", "LLC", "Co.", "SA", "Oy");
    private static final List<String> TOWNS = List.of("Springfield", "Riverton", "Fairview", "Georgetown", "Clinton",
            "Salem", "Madison", "Franklin", "Greenville", "Bristol", "Dover", "Ashland", "Oxford", "Milton", "Newport");

    private final SplittableRandom random;

    SyntheticValues(SplittableRandom random) {
        this.random = random;
    }

    /** One of the values, chosen with the given weights (same order). */
    String weighted(List<String> values, int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }

    /** Log-normal around the median: most small, a long tail of large ones. */
    double logNormal(double median, double sigma) {
        return median * Math.exp(sigma * gaussian());
    }

    long logNormalWhole(double median, double sigma) {
        return Math.max(1, Math.round(logNormal(median, sigma)));
    }

    LocalDate date(LocalDate from, LocalDate to) {
        return from.plusDays(random.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
    }

    LocalDate after(LocalDate start, int minDays, int maxDays) {
        return start.plusDays(minDays + random.nextInt(maxDays - minDays + 1));
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** How many links: geometric with the given mean (0, 1, 2, ... with a tail). */
    int count(double mean) {
        double p = 1 / (1 + mean);
        return (int) Math.floor(Math.log(1 - random.nextDouble()) / Math.log(1 - p));
    }

    double share() {
        return Math.round(random.nextDouble() * 1000) / 1000.0;
    }

    String companyName(long n) {
        return pick(PLACES) + " " + pick(STEMS) + " " + pick(FORMS) + " " + n;
    }

    String town() {
        return pick(TOWNS);
    }

    String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private double gaussian() {
        // Box-Muller: SplittableRandom has no nextGaussian on Java 17
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}

package org.batterygraph.bulk;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Picks a rank 0..n-1 with probability proportional to 1/(rank+1)^exponent: a few targets get most links (the
 * preferential-attachment shape of real supply chains: a few operators, hubs, materials and publishers dominate).
 */
final class Zipf {

    private final double[] cumulative;

    Zipf(int n, double exponent) {
        if (n < 1) {
            throw new IllegalArgumentException("Zipf needs at least one rank");
        }
        cumulative = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += 1 / Math.pow(k + 1, exponent);
            cumulative[k] = sum;
        }
    }

    int next(SplittableRandom random) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, u);
        return Math.min(i >= 0 ? i : -i - 1, cumulative.length - 1);
    }

    int size() {
        return cumulative.length;
    }
}

package io.fieldback.dispatch.internal.plan;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every drive of a day worked out once before the search: the solver asks for the same pairs millions of times,
 * and a haversine per question was most of a score calculation. Points are known by identity (the day's arrays);
 * any other point is asked of the underlying measure.
 */
final class TravelMatrix implements TravelTime {

    private final TravelTime measure;
    private final Map<double[], Integer> index = new IdentityHashMap<>();
    private final long[][] seconds;

    TravelMatrix(List<double[]> points, TravelTime measure) {
        this.measure = measure;
        for (double[] p : points) {
            index.putIfAbsent(p, index.size());
        }
        double[][] byIndex = new double[index.size()][];
        index.forEach((p, i) -> byIndex[i] = p);
        seconds = new long[byIndex.length][byIndex.length];
        for (int i = 0; i < byIndex.length; i++) {
            for (int j = 0; j < byIndex.length; j++) {
                seconds[i][j] = i == j ? 0 : measure.seconds(byIndex[i], byIndex[j]);
            }
        }
    }

    @Override
    public long seconds(double[] from, double[] to) {
        Integer i = index.get(from);
        Integer j = index.get(to);
        return i == null || j == null ? measure.seconds(from, to) : seconds[i][j];
    }
}

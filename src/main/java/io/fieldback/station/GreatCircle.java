package io.fieldback.station;

/** Great-circle distance (haversine) in km: the one copy, for station search and dispatch travel. */
public final class GreatCircle {

    public static final double EARTH_RADIUS_KM = 6371.0088;

    private GreatCircle() {
    }

    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Points as {latitude, longitude}. */
    public static double km(double[] a, double[] b) {
        return km(a[0], a[1], b[0], b[1]);
    }
}

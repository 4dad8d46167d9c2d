package io.fieldback.station.internal;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;

/** An authorised service station, run by a dealer. */
@Entity
@Table(name = "stations")
public class Station extends BaseEntity {

    @Column(nullable = false, length = 32, unique = true)
    public String code;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "dealer_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID dealerId;

    /** a region code (regions table); with a province, always the province's region */
    @Column(nullable = false, length = 16)
    public String region;

    /** a province code (provinces table), or null */
    @Column(length = 64)
    public String province;

    @Column(length = 500)
    public String address;

    @Column(nullable = false, precision = 9, scale = 6)
    public BigDecimal latitude;

    @Column(nullable = false, precision = 9, scale = 6)
    public BigDecimal longitude;

    @Column(length = 16)
    public String phone;

    @Column(name = "open_24h", nullable = false)
    public boolean open24h;

    @Column(nullable = false)
    public boolean active = true;

    public static boolean codeTaken(String code, UUID except) {
        return count("code = ?1 and id <> ?2", code, except == null ? new UUID(0, 0) : except) > 0;
    }

    /**
     * Active stations inside a latitude/longitude box. Longitudes outside -180..180 wrap around the
     * antimeridian (the box is split in two); a box 360 degrees wide or more takes every longitude.
     */
    public static java.util.List<Station> activeWithin(double minLat, double maxLat, double minLon, double maxLon,
            UUID dealerId, UUID stationId) {
        Box box = Box.of(minLat, maxLat, minLon, maxLon, dealerId, stationId);
        return list(box.where(), box.params());
    }

    /** As {@link #activeWithin}, only each station's id, latitude and longitude (no entity loaded). */
    public static java.util.List<Object[]> activePointsWithin(double minLat, double maxLat, double minLon,
            double maxLon, UUID dealerId, UUID stationId) {
        Box box = Box.of(minLat, maxLat, minLon, maxLon, dealerId, stationId);
        var query = getEntityManager().createQuery("select id, latitude, longitude from Station where " + box.where(),
                Object[].class);
        for (int i = 0; i < box.params().length; i++) {
            query.setParameter(i + 1, box.params()[i]);
        }
        return query.getResultList();
    }

    /** The condition and parameters of a box query, the tenancy confinement included. */
    private record Box(String where, Object[] params) {

        static Box of(double minLat, double maxLat, double minLon, double maxLon, UUID dealerId, UUID stationId) {
            String longitudes;
            double lonFrom = minLon;
            double lonTo = maxLon;
            if (maxLon - minLon >= 360) {
                longitudes = "longitude between ?3 and ?4";
                lonFrom = -180;
                lonTo = 180;
            } else if (minLon < -180) {
                longitudes = "(longitude >= ?3 or longitude <= ?4)";
                lonFrom = minLon + 360;
            } else if (maxLon > 180) {
                longitudes = "(longitude >= ?3 or longitude <= ?4)";
                lonTo = maxLon - 360;
            } else {
                longitudes = "longitude between ?3 and ?4";
            }
            String where = "active = true and latitude between ?1 and ?2 and " + longitudes
                    + (dealerId != null ? " and dealerId = ?5" : " and ?5 is null")
                    + (stationId != null ? " and id = ?6" : " and ?6 is null");
            return new Box(where, new Object[] { BigDecimal.valueOf(minLat), BigDecimal.valueOf(maxLat),
                    BigDecimal.valueOf(lonFrom), BigDecimal.valueOf(lonTo), dealerId, stationId });
        }
    }
}

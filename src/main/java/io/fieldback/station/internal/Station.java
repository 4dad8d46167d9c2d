package io.fieldback.station.internal;

import static io.fieldback.common.JdbcColumns.uuid;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;
import io.fieldback.common.JdbcBatch;

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

    /**
     * As {@link #activeWithin}, only each station's id, latitude and longitude, in plain SQL on a connection of its
     * own: no entity, no HQL translation (an HQL projection still cost 10% of a free-slot search, JFR).
     */
    static java.util.List<Object[]> activePointsWithin(javax.sql.DataSource db, double minLat, double maxLat,
            double minLon, double maxLon, UUID dealerId, UUID stationId) {
        Box box = Box.of(minLat, maxLat, minLon, maxLon, dealerId, stationId);
        String sql = "SELECT id, latitude, longitude FROM stations WHERE " + box.sqlWhere();
        Object[] params = java.util.Arrays.stream(box.params()).filter(java.util.Objects::nonNull).toArray();
        java.util.List<Object[]> rows = new java.util.ArrayList<>();
        try (java.sql.Connection c = db.getConnection(); java.sql.PreparedStatement p = c.prepareStatement(sql)) {
            JdbcBatch.bind(p, 1, params);
            try (java.sql.ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    rows.add(new Object[] { uuid(r.getBytes(1)), r.getBigDecimal(2), r.getBigDecimal(3) });
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("nearest stations not read", e);
        }
        return rows;
    }

    /** The condition and parameters of a box query, the tenancy confinement included. */
    private record Box(String longitudes, Object[] params) {

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
            return new Box(longitudes, new Object[] { BigDecimal.valueOf(minLat), BigDecimal.valueOf(maxLat),
                    BigDecimal.valueOf(lonFrom), BigDecimal.valueOf(lonTo), dealerId, stationId });
        }

        /** HQL, parameters ?1 to ?6 (the last two may be null). */
        String where() {
            return "active = true and latitude between ?1 and ?2 and " + longitudes
                    + (params[4] != null ? " and dealerId = ?5" : " and ?5 is null")
                    + (params[5] != null ? " and id = ?6" : " and ?6 is null");
        }

        /** SQL, a marker for each parameter that is not null, in order. */
        String sqlWhere() {
            return "active = 1 and latitude between ? and ? and " + longitudes.replaceAll("\\?\\d", "?")
                    + (params[4] != null ? " and dealer_id = " + JdbcBatch.ID : "")
                    + (params[5] != null ? " and id = " + JdbcBatch.ID : "");
        }
    }
}

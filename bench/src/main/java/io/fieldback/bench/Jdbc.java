package io.fieldback.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** The JDBC side every tool shares: connections to the bench's server (user root, no password) and UTC times. */
public final class Jdbc {

    private Jdbc() {
    }

    public static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, "root", "");
    }

    /** The URL with Connector/J's batch rewriting on, so that a JDBC batch reaches the server as multi-row INSERTs. */
    public static String withBatching(String url) {
        return url.contains("rewriteBatchedStatements") ? url
                : url + (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
    }

    /** DATETIME(6) columns hold UTC, as the app writes them. */
    public static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}

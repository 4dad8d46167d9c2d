package io.fieldback.embedded;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;

/**
 * Supplies the datasource of an embedded MariaDB when none is configured, in dev mode, tests and the
 * packaged app alike. The server starts lazily, only when the datasource URL is actually read, so a
 * build that never opens the datasource never starts it. Set QUARKUS_DATASOURCE_JDBC_URL to use an
 * external MySQL instead; then this factory contributes nothing.
 */
public class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {

    static final String URL = "quarkus.datasource.jdbc.url";
    static final String USERNAME = "quarkus.datasource.username";
    static final String PASSWORD = "quarkus.datasource.password";
    static final String DATA_DIR = "fieldback.embedded-db.data-dir";
    static final String FRESH = "fieldback.embedded-db.fresh";
    static final String ENABLED = "fieldback.embedded-db.enabled";
    static final String START_TIMEOUT = "fieldback.embedded-db.start-timeout";
    /*
     * Two start-up warnings that only MariaDB gives, answered here so that they stay on for a real MySQL:
     * Hibernate's MySQL dialect asks the server for its reserved words in INFORMATION_SCHEMA.KEYWORDS, a
     * MySQL 8 table MariaDB lacks (HHH100045 "Unknown column 'RESERVED'"; Hibernate then uses its own
     * list), and so cannot tell the version Quarkus checks against the dialect's MySQL 8 minimum.
     */
    static final String VERSION_CHECK = "quarkus.hibernate-orm.database.version-check.enabled";
    static final String METADATA_LOG = "quarkus.log.category.\"org.hibernate.orm.jdbc\".level";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue url = context.getValue(URL);
        ConfigValue enabled = context.getValue(ENABLED);
        if ((url != null && url.getValue() != null) || (enabled != null && "false".equals(enabled.getValue()))) {
            return List.of();
        }
        ConfigValue dataDir = context.getValue(DATA_DIR);
        ConfigValue fresh = context.getValue(FRESH);
        ConfigValue startTimeout = context.getValue(START_TIMEOUT);
        return List.of(new LazySource(dataDir == null ? null : dataDir.getValue(),
                fresh != null && "true".equals(fresh.getValue()),
                readyWait(startTimeout == null ? null : startTimeout.getValue())));
    }

    /** "120", "120s", "2m" or ISO-8601 ("PT2M"), like Quarkus's own durations; blank: the default. */
    static Duration readyWait(String value) {
        if (value == null || value.isBlank()) {
            return EmbeddedMariaDb.DEFAULT_READY_WAIT;
        }
        String v = value.trim();
        if (v.chars().allMatch(Character::isDigit)) {
            return Duration.ofSeconds(Long.parseLong(v));
        }
        return Duration.parse(v.toUpperCase(Locale.ROOT).startsWith("P") ? v : "PT" + v);
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(50);
    }

    private static final class LazySource implements ConfigSource {
        private final String dataDir;
        private final boolean fresh;
        private final Duration readyWait;

        LazySource(String dataDir, boolean fresh, Duration readyWait) {
            this.dataDir = dataDir;
            this.fresh = fresh;
            this.readyWait = readyWait;
        }

        @Override
        public Set<String> getPropertyNames() {
            return Set.of(URL, USERNAME, PASSWORD, VERSION_CHECK, METADATA_LOG);
        }

        @Override
        public String getValue(String propertyName) {
            if (URL.equals(propertyName) && duringBuild()) {
                // the Maven build (./mvnw package) reads runtime settings too; no reason to start a server
                return null;
            }
            return switch (propertyName) {
                case URL -> EmbeddedMariaDb.jdbcUrl(dataDir, fresh, readyWait);
                case USERNAME -> EmbeddedMariaDb.USER;
                case PASSWORD -> "";
                case VERSION_CHECK -> "false";
                case METADATA_LOG -> "ERROR";
                default -> null;
            };
        }

        @Override
        public Map<String, String> getProperties() {
            return Map.of();
        }

        @Override
        public int getOrdinal() {
            return 50;
        }

        @Override
        public String getName() {
            return "fieldback-embedded-mariadb";
        }

        private static boolean duringBuild() {
            return StackWalker.getInstance().walk(frames -> frames
                    .anyMatch(f -> f.getClassName().startsWith("io.quarkus.maven.")));
        }
    }
}

package io.fieldback.common;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.quarkus.liquibase.LiquibaseFactory;
import liquibase.Liquibase;

/**
 * Not ready while the database lacks changesets this build needs (migrations pending or failed, or a
 * database migrated by someone else's older build): a load balancer then sends no traffic to an
 * instance whose queries would hit a schema it does not know. With migrate-at-start (the default) the
 * migrations run before the HTTP port opens, so this is UP from the first probe; it matters when they
 * are applied separately. Once UP it stays UP: a newer instance may add changesets, never remove ours.
 */
@Readiness
@ApplicationScoped
public class MigrationsReadiness implements HealthCheck {

    private final LiquibaseFactory liquibase;
    private volatile boolean migrated;

    public MigrationsReadiness(LiquibaseFactory liquibase) {
        this.liquibase = liquibase;
    }

    @Override
    public HealthCheckResponse call() {
        if (migrated) {
            return HealthCheckResponse.up("database migrations");
        }
        try (Liquibase lb = liquibase.createLiquibase()) {
            int pending = lb.listUnrunChangeSets(liquibase.createContexts(), liquibase.createLabels()).size();
            migrated = pending == 0;
            return HealthCheckResponse.named("database migrations").status(migrated)
                    .withData("pending", pending).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("database migrations").down()
                    .withData("error", e.getClass().getSimpleName()).build();
        }
    }
}

package io.fieldback.common;

import java.util.UUID;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Row locks in SQL that MySQL 8 and MariaDB both accept. Hibernate's MySQL dialect writes
 * {@code FOR UPDATE OF alias}, which MariaDB rejects, so entities are locked by id first and then loaded.
 */
public final class RowLocks {

    private RowLocks() {
    }

    /** Locks the row until the current transaction ends; returns false when there is no such row. */
    public static boolean lock(String table, UUID id) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("bad table name");
        }
        return !Panache.getEntityManager()
                .createNativeQuery("SELECT 1 FROM " + table + " WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id).getResultList().isEmpty();
    }
}

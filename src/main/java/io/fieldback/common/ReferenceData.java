package io.fieldback.common;

import java.util.UUID;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * The steps that the admin-kept reference lists (dealers, vendors, departments, regions, provinces)
 * share: a row is found or 404, its code is unique (409), a new row is written at once and a
 * replacement names the version it was based on (If-Match). The list-specific rules stay in each
 * list's service; this holds only what would otherwise be written five times.
 */
public final class ReferenceData<E extends BaseEntity> {

    private static final UUID NOBODY = new UUID(0, 0);

    private final Class<E> type;
    private final String noun;

    /** {@code noun} names a row in problem details, e.g. "dealer". */
    public ReferenceData(Class<E> type, String noun) {
        this.type = type;
        this.noun = noun;
    }

    /** The row, or 404. */
    public E find(UUID id) {
        return find(id, null);
    }

    /** The row, or 404 when it is missing or the caller is confined to another row. */
    public E find(UUID id, UUID confinedTo) {
        E row = id == null ? null : em().find(type, id);
        if (row == null || (confinedTo != null && !confinedTo.equals(row.id))) {
            throw ApiException.notFound(noun + " " + id);
        }
        return row;
    }

    /** 409 when a row other than {@code self} (null for a new row) already has the code. */
    public void requireFreeCode(String code, UUID self) {
        long taken = em().createQuery("select count(e) from " + type.getSimpleName()
                + " e where e.code = :code and e.id <> :self", Long.class)
                .setParameter("code", code).setParameter("self", self == null ? NOBODY : self)
                .getSingleResult();
        if (taken > 0) {
            throw ApiException.conflict(noun + " code '" + code + "' is already taken");
        }
    }

    /**
     * Writes a new row at once, so that a unique value taken meanwhile by a concurrent request fails
     * inside the service (409) rather than at commit (500).
     */
    public E insert(E row) {
        row.persistAndFlush();
        return row;
    }

    /** A new row whose code must be free (409 otherwise), written at once as by {@link #insert}. */
    public E create(String code, E row) {
        requireFreeCode(code, null);
        return insert(row);
    }

    /** As {@link #replace(BaseEntity, String, Consumer)}, for a row whose code may change to one that is free. */
    public E replace(E row, String ifMatch, String code, Consumer<E> change) {
        return replace(row, ifMatch, r -> {
            requireFreeCode(code, r.id);
            change.accept(r);
        });
    }

    /** True when the row exists (active or not). */
    public boolean exists(UUID id) {
        return id != null && em().find(type, id) != null;
    }

    /** Checks If-Match against the row's version, applies the change and writes it at once (as insert). */
    public E replace(E row, String ifMatch, Consumer<E> change) {
        ETags.require(ifMatch, row.version);
        change.accept(row);
        em().flush();
        return row;
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}

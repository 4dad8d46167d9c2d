package io.fieldback.common;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.TypedQuery;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Keyset pagination by id: ids are time-ordered UUIDs, so "id greater than the last one seen" walks
 * the primary key in creation order and costs the same on page 1 and page 10,000.
 */
public final class Keyset {

    private Keyset() {
    }

    public static <E extends BaseEntity, V> Page<V> page(Class<E> entity, Filter filter, PageParams paging,
            Function<E, V> view) {
        int size = paging.size();
        UUID after = paging.after();
        Filter f = filter.clause("e.id > :p", after);
        String where = f.whereClause();
        String jpql = "select e from " + entity.getSimpleName() + " e" + (where.isEmpty() ? "" : " where " + where)
                + " order by e.id";
        TypedQuery<E> query = Panache.getEntityManager().createQuery(jpql, entity);
        f.params().forEach(query::setParameter);
        List<E> rows = query.setMaxResults(size + 1).getResultList();
        boolean more = rows.size() > size;
        List<E> pageRows = more ? rows.subList(0, size) : rows;
        String next = more ? PageParams.encode(pageRows.get(pageRows.size() - 1).id) : null;
        return new Page<>(pageRows.stream().map(view).toList(), next);
    }
}

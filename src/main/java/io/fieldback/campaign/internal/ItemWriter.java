package io.fieldback.campaign.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.query.NativeQuery;

import io.fieldback.campaign.ItemState;
import io.fieldback.common.UuidV7;
import io.fieldback.customer.MachinePlacement;
import io.quarkus.hibernate.orm.panache.Panache;

/** Writes a campaign's items set-wise: multi-row inserts of {@link #CHUNK} rows, not one statement per machine. */
@ApplicationScoped
class ItemWriter {

    static final int CHUNK = 500;
    private static final int COLUMNS = 10;

    @Transactional(Transactional.TxType.MANDATORY)
    void insert(UUID campaignId, List<MachinePlacement> machines, Instant at) {
        for (int from = 0; from < machines.size(); from += CHUNK) {
            List<MachinePlacement> chunk = machines.subList(from, Math.min(from + CHUNK, machines.size()));
            StringBuilder sql = new StringBuilder("INSERT IGNORE INTO campaign_items (id, version, created_at, "
                    + "updated_at, campaign_id, equipment_id, customer_id, dealer_id, region, state) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(");
                for (int c = 1; c <= COLUMNS; c++) {
                    sql.append(c == 1 ? "" : ", ").append('?').append(i * COLUMNS + c);
                }
                sql.append(")");
            }
            NativeQuery<?> query = (NativeQuery<?>) Panache.getEntityManager().createNativeQuery(sql.toString());
            for (int i = 0; i < chunk.size(); i++) {
                MachinePlacement m = chunk.get(i);
                int p = i * COLUMNS;
                query.setParameter(p + 1, UuidV7.next()).setParameter(p + 2, 0L).setParameter(p + 3, at)
                        .setParameter(p + 4, at).setParameter(p + 5, campaignId).setParameter(p + 6, m.equipmentId())
                        .setParameter(p + 7, m.customerId()).setParameter(p + 8, m.dealerId(), UUID.class)
                        .setParameter(p + 9, m.region()).setParameter(p + 10, ItemState.NOT_STARTED.name());
            }
            query.executeUpdate();
        }
    }
}

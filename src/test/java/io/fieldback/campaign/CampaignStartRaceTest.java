package io.fieldback.campaign;

import static io.fieldback.campaign.CampaignFixtures.URL;
import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.hibernate.query.NativeQuery;
import org.junit.jupiter.api.Test;

import io.fieldback.common.UuidV7;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** A campaign over 10,000 machines, started twice at once, has exactly one item per machine. */
@QuarkusTest
class CampaignStartRaceTest {

    private static final int MACHINES = 10_000;

    private CampaignFixtures f;

    @org.junit.jupiter.api.BeforeEach
    void network() {
        f = new CampaignFixtures();  // not a field initialiser: the test instance exists before the app listens
    }

    /** The fleet goes in by SQL, 1,000 rows a statement: 10,000 API calls would be the slow part of the test. */
    private void fleet() {
        for (int from = 1; from <= MACHINES; from += 1000) {
            int first = from;
            QuarkusTransaction.requiringNew().run(() -> {
                StringBuilder sql = new StringBuilder("INSERT INTO equipment (id, customer_id, serial_number, "
                        + "product_series, application, delivery_date, active, version, created_at, updated_at) VALUES ");
                for (int i = 0; i < 1000; i++) {
                    int p = i * 5;
                    sql.append(i == 0 ? "" : ", ").append("(?").append(p + 1).append(", ?").append(p + 2).append(", ?")
                            .append(p + 3).append(", ?").append(p + 4).append(", 'TRUCK', ?").append(p + 5)
                            .append(", TRUE, 0, NOW(6), NOW(6))");
                }
                NativeQuery<?> query = (NativeQuery<?>) Panache.getEntityManager().createNativeQuery(sql.toString());
                for (int i = 0; i < 1000; i++) {
                    int p = i * 5;
                    query.setParameter(p + 1, UuidV7.next()).setParameter(p + 2, f.east)
                            .setParameter(p + 3, f.serial(first + i)).setParameter(p + 4, f.series)
                            .setParameter(p + 5, LocalDate.of(2026, 3, 1));
                }
                query.executeUpdate();
            });
        }
    }

    @Test
    void twoStartsAtOnceCreateOneItemPerMachine() throws Exception {
        fleet();
        UUID campaign = f.campaign(f.body(1, 9999, null, "2099-12-31"));  // 9,999 of the 10,000 machines
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Response>> starts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            starts.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return admin().post(URL + "/" + campaign + "/start");
            }));
        }
        go.countDown();
        for (CompletableFuture<Response> start : starts) {
            Response response = start.get();
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.jsonPath().getInt("itemCount")).isEqualTo(9_999);
        }
        long rows = QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("SELECT COUNT(*) FROM campaign_items WHERE campaign_id = ?1")
                .setParameter(1, campaign).getSingleResult()).longValue());
        long machines = QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("SELECT COUNT(DISTINCT equipment_id) FROM campaign_items WHERE campaign_id = ?1")
                .setParameter(1, campaign).getSingleResult()).longValue());
        assertThat(rows).isEqualTo(9_999);
        assertThat(machines).isEqualTo(9_999);
        admin().get(URL + "/" + campaign + "/figures").then().statusCode(200)
                .body("total.items", org.hamcrest.Matchers.equalTo(9_999));
    }
}

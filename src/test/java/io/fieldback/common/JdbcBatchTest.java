package io.fieldback.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The text each value is bound as: what the SQL's UNHEX(?) and DATETIME(6) columns expect. */
class JdbcBatchTest {

    @Test
    void aUuidIsItsThirtyTwoHexDigits() {
        UUID id = UUID.fromString("0190f3a2-7b1c-7def-8a9b-00000000ff01");
        assertEquals("0190f3a27b1c7def8a9b00000000ff01", JdbcBatch.hex(id));
        UUID generated = UuidV7.next();
        assertEquals(generated.toString().replace("-", ""), JdbcBatch.hex(generated));
        assertNull(JdbcBatch.hex(null));
    }

    @Test
    void anInstantKeepsItsSecondsAndMicrosecondsEvenWhenZero() {
        assertEquals("2026-12-06 18:30:00.000000", JdbcBatch.timestamp(Instant.parse("2026-12-06T18:30:00Z")));
        assertEquals("2026-01-02 03:04:05.000007", JdbcBatch.timestamp(Instant.parse("2026-01-02T03:04:05.000007Z")));
        assertEquals("2026-01-02 03:04:05.123456",
                JdbcBatch.timestamp(Instant.parse("2026-01-02T03:04:05.123456789Z")));
    }

    @Test
    void valuesAreBoundInOrderFromTheFirstIndex() throws Exception {
        List<String> bound = new ArrayList<>();
        PreparedStatement ps = (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    bound.add(args[0] + ":" + method.getName() + "=" + args[1]);
                    return null;
                });
        UUID id = new UUID(1, 2);
        int next = JdbcBatch.bind(ps, 3, id, Instant.parse("2026-12-06T18:30:00Z"), LocalDate.of(2026, 2, 1),
                Thread.State.NEW, 7, 8L, new BigDecimal("1.50"), true, null);
        assertEquals(12, next);
        assertEquals(List.of("3:setString=00000000000000010000000000000002", "4:setString=2026-12-06 18:30:00.000000",
                "5:setString=2026-02-01", "6:setString=NEW", "7:setInt=7", "8:setLong=8", "9:setBigDecimal=1.50",
                "10:setBoolean=true", "11:setNull=0"), bound);
    }
}

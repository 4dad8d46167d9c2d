package io.fieldback.warranty.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.warranty.ReadingUnit;

/** The coverage rule on its own: by date or by meter, whichever ends first, measured at the failure. */
class CoverageRuleTest {

    private static final LocalDate REPAIRED = LocalDate.of(2026, 11, 20);

    private static RepairFacts machine(LocalDate until, Integer limitHours) {
        return new RepairFacts(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), true, REPAIRED,
                UUID.randomUUID(), "SN-1", "YC6K", LocalDate.of(2025, 3, 18), until, limitHours,
                limitHours == null ? null : ReadingUnit.HOURS, 1000, ReadingUnit.HOURS);
    }

    @Test
    void withinDateAndHoursIsCovered() {
        var result = CoverageRule.check(machine(LocalDate.of(2027, 3, 17), 2000), REPAIRED, 2000, ReadingUnit.HOURS);
        assertThat(result.verdict().covered()).isTrue();
    }

    @Test
    void hoursPastTheLimitEndWarrantyBeforeTheDate() {
        var result = CoverageRule.check(machine(LocalDate.of(2027, 3, 17), 2000), REPAIRED, 2001, ReadingUnit.HOURS);
        assertThat(result.verdict().covered()).isFalse();
        assertThat(result.verdict().note()).contains("past the warranty limit of 2000 HOURS");
    }

    @Test
    void theDatePassedEndsWarrantyWhateverTheHours() {
        var result = CoverageRule.check(machine(LocalDate.of(2026, 11, 19), 2000), REPAIRED, 10, ReadingUnit.HOURS);
        assertThat(result.verdict().covered()).isFalse();
        assertThat(result.verdict().note()).contains("ended on 2026-11-19");
    }

    @Test
    void aMeterLimitNeedsAReadingInItsUnit() {
        assertThat(CoverageRule.check(machine(null, 2000), REPAIRED, null, null).refusal().field())
                .isEqualTo("failureReading");
        assertThat(CoverageRule.check(machine(null, 2000), REPAIRED, 10, ReadingUnit.KM).refusal().field())
                .isEqualTo("failureUnit");
    }

    @Test
    void aFailureAfterTheRepairOrBeforeDeliveryIsRefused() {
        assertThat(CoverageRule.check(machine(null, null), REPAIRED.plusDays(1), null, null).refusal().field())
                .isEqualTo("failureDate");
        assertThat(CoverageRule.check(machine(null, null), LocalDate.of(2025, 3, 1), null, null).refusal().message())
                .contains("before the machine's delivery");
    }

    @Test
    void noRecordedWarrantyIsNotCovered() {
        assertThat(CoverageRule.check(machine(null, null), REPAIRED, null, null).verdict().covered()).isFalse();
    }
}

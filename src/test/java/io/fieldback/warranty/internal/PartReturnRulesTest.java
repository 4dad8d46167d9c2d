package io.fieldback.warranty.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.warranty.ClaimStatus;
import io.fieldback.warranty.Decision;
import io.fieldback.warranty.Finding;
import io.fieldback.warranty.LineKind;
import io.fieldback.warranty.ReturnInstruction;
import io.fieldback.warranty.ReturnStatus;

/** The part return's moves and its chargebacks, without HTTP or a database. */
class PartReturnRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final BigDecimal APPROVED = new BigDecimal("861.00");

    private static WarrantyClaim approvedClaimWithPart() {
        WarrantyClaim claim = new WarrantyClaim();
        claim.id = UUID.randomUUID();
        claim.currency = "CNY";
        claim.status = ClaimStatus.APPROVED;
        ClaimLine part = new ClaimLine();
        part.id = UUID.randomUUID();
        part.kind = LineKind.PART;
        part.partNumber = "WP-6K-001";
        part.decision = Decision.APPROVED;
        part.approvedAmount = APPROVED;
        claim.lines.add(part);
        return claim;
    }

    private static PartReturn requested(LocalDate due) {
        WarrantyClaim claim = approvedClaimWithPart();
        return PartReturn.instruct(claim, claim.lines.get(0).id, ReturnInstruction.RETURN, due, null, "analyst", TODAY)
                .orThrow();
    }

    @Test
    void onlyAnApprovedPartLineOfAnApprovedClaimGetsAnInstruction() {
        WarrantyClaim claim = approvedClaimWithPart();
        UUID line = claim.lines.get(0).id;
        claim.status = ClaimStatus.IN_REVIEW;
        assertThat(PartReturn.instruct(claim, line, ReturnInstruction.SCRAP, null, null, "a", TODAY).refusal().field())
                .isEqualTo("status");
        claim.status = ClaimStatus.PARTIALLY_APPROVED;
        claim.lines.get(0).decision = Decision.REJECTED;
        assertThat(PartReturn.instruct(claim, line, ReturnInstruction.SCRAP, null, null, "a", TODAY).refusal().field())
                .isEqualTo("lineId");
        claim.lines.get(0).decision = Decision.CUT;
        assertThat(PartReturn.instruct(claim, line, ReturnInstruction.RETURN, TODAY, null, "a", TODAY).refusal().field())
                .isEqualTo("dueOn");
        assertThat(PartReturn.instruct(claim, line, ReturnInstruction.KEEP, null, TODAY.plusDays(1), "a", TODAY)
                .orThrow().status).isEqualTo(ReturnStatus.KEEP);
    }

    @Test
    void aConfirmedDefectChargesNothingAnyOtherFindingTheApprovedAmount() {
        PartReturn confirmed = requested(TODAY.plusDays(5));
        assertThat(confirmed.ship("SF", "1", NOW, TODAY)).isNull();
        assertThat(confirmed.inspect(Finding.CONFIRMED, null, APPROVED, "a", NOW, TODAY).field()).isEqualTo("status");
        assertThat(confirmed.receive(NOW)).isNull();
        assertThat(confirmed.inspect(Finding.CONFIRMED, null, APPROVED, "a", NOW, TODAY)).isNull();
        assertThat(confirmed.chargebackAmount).isNull();

        PartReturn wrong = requested(TODAY.plusDays(5));
        wrong.ship("SF", "2", NOW, TODAY);
        wrong.receive(NOW);
        assertThat(wrong.inspect(Finding.WRONG_PART, "铭牌不符", APPROVED, "a", NOW, TODAY)).isNull();
        assertThat(wrong.chargebackAmount).isEqualByComparingTo("861.00");
        assertThat(wrong.chargedOn).isEqualTo(TODAY);
        assertThat(wrong.chargebackReason).isEqualTo("inspection found WRONG_PART: 铭牌不符");
    }

    @Test
    void aPartNotShippedByItsDueDateIsChargedTheDayAfter() {
        PartReturn late = requested(TODAY.plusDays(2));
        assertThat(late.chargeIfOverdue(APPROVED, NOW, TODAY.plusDays(2))).isFalse(); // the due day itself is in time
        assertThat(late.ship("SF", "3", NOW, TODAY.plusDays(3)).field()).isEqualTo("dueOn");
        assertThat(late.chargeIfOverdue(APPROVED, NOW, TODAY.plusDays(9))).isTrue();
        assertThat(late.finding).isEqualTo(Finding.NOT_RECEIVED);
        assertThat(late.chargedOn).isEqualTo(TODAY.plusDays(3));
        assertThat(late.chargeIfOverdue(APPROVED, NOW, TODAY.plusDays(10))).isFalse(); // charged once
    }
}

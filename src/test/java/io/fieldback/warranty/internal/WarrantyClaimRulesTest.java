package io.fieldback.warranty.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.warranty.ClaimStatus;
import io.fieldback.warranty.Coverage;
import io.fieldback.warranty.Decision;
import io.fieldback.warranty.LineKind;
import io.fieldback.warranty.ReasonCode;
import io.fieldback.warranty.WarrantyClaimDecided;

/** The claim aggregate's moves and the auto-approval rules, without HTTP or a database. */
class WarrantyClaimRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

    private static ClaimLine labour(String hours, String standard, String amount) {
        ClaimLine line = new ClaimLine();
        line.id = UUID.randomUUID();
        line.kind = LineKind.LABOUR;
        line.operationCode = "OP-WP";
        line.hours = new BigDecimal(hours);
        line.standardHours = new BigDecimal(standard);
        line.claimedAmount = new BigDecimal(amount);
        return line;
    }

    private static WarrantyClaim claim(ClaimLine... lines) {
        WarrantyClaim claim = new WarrantyClaim();
        claim.id = UUID.randomUUID();
        claim.coverage = Coverage.IN_WARRANTY;
        claim.currency = "CNY";
        claim.replaceLines(List.of(lines));
        return claim;
    }

    @Test
    void aClaimWithinEveryRuleHasNoReviewReasonAndIsApprovedAsClaimed() {
        WarrantyClaim claim = claim(labour("2.00", "2.00", "360.00"), labour("1.00", "1.50", "180.00"));
        List<String> reasons = AutoApproval.reviewReasons(claim, true, new BigDecimal("2000.00"));
        assertThat(reasons).isEmpty();
        WarrantyClaimDecided decided = claim.submit(reasons, NOW).event();
        assertThat(decided.status()).isEqualTo(ClaimStatus.AUTO_APPROVED);
        assertThat(decided.approvedTotal()).isEqualByComparingTo("540.00");
    }

    @Test
    void everyFailedRuleIsAReason() {
        WarrantyClaim claim = claim(labour("3.00", "2.00", "2100.00"));
        claim.coverage = Coverage.PAID_ANYWAY;
        claim.coverageNote = "goodwill";
        claim.duplicateOf = UUID.randomUUID();
        assertThat(AutoApproval.reviewReasons(claim, false, new BigDecimal("2000.00"))).hasSize(5);
    }

    @Test
    void aSubmittedClaimRefusesNewLinesAndASecondSubmission() {
        WarrantyClaim claim = claim(labour("3.00", "2.00", "540.00"));
        claim.submit(List.of("over standard"), NOW);
        assertThat(claim.status).isEqualTo(ClaimStatus.IN_REVIEW);
        assertThat(claim.replaceLines(List.of()).refusal().field()).isEqualTo("lines");
        assertThat(claim.submit(List.of(), NOW).refusal().status()).isEqualTo(409);
    }

    @Test
    void decisionsCloseTheClaimOnlyWhenEveryLineIsDecided() {
        ClaimLine a = labour("3.00", "2.00", "540.00");
        ClaimLine b = labour("1.00", "1.00", "180.00");
        WarrantyClaim claim = claim(a, b);
        claim.submit(List.of("over standard"), NOW);
        var cut = new WarrantyClaim.LineCall(a.id, Decision.CUT, new BigDecimal("360.00"), ReasonCode.LABOUR_OVER_STANDARD);
        assertThat(claim.decide(List.of(cut), "ana", NOW).event()).isNull();
        var reject = new WarrantyClaim.LineCall(b.id, Decision.REJECTED, null, ReasonCode.DUPLICATE);
        WarrantyClaimDecided decided = claim.decide(List.of(reject), "ana", NOW).event();
        assertThat(decided.status()).isEqualTo(ClaimStatus.PARTIALLY_APPROVED);
        assertThat(decided.approvedTotal()).isEqualByComparingTo("360.00");
    }

    @Test
    void aRefusedDecisionChangesNoLine() {
        ClaimLine a = labour("3.00", "2.00", "540.00");
        WarrantyClaim claim = claim(a);
        claim.submit(List.of("over standard"), NOW);
        var ok = new WarrantyClaim.LineCall(a.id, Decision.APPROVED, null, null);
        var bad = new WarrantyClaim.LineCall(a.id, Decision.CUT, new BigDecimal("600.00"), ReasonCode.OTHER);
        assertThat(claim.decide(List.of(ok, bad), "ana", NOW).refusal().field()).isEqualTo("lines[1].approvedAmount");
        assertThat(a.decision).isNull();
    }

    @Test
    void returningForInformationMakesTheLinesEditableAgain() {
        WarrantyClaim claim = claim(labour("3.00", "2.00", "540.00"));
        claim.submit(List.of("over standard"), NOW);
        assertThat(claim.returnForInfo("photos please", "ana", NOW).event().note()).isEqualTo("photos please");
        assertThat(claim.status.editable()).isTrue();
        assertThat(claim.replaceLines(List.of(labour("2.00", "2.00", "360.00"))).isRefused()).isFalse();
    }
}

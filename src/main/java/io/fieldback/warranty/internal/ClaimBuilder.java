package io.fieldback.warranty.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import io.fieldback.common.FieldError;
import io.fieldback.common.Outcome;
import io.fieldback.common.UuidV7;
import io.fieldback.warranty.ClaimKind;
import io.fieldback.warranty.Coverage;
import io.fieldback.warranty.LineKind;

/**
 * Turns a claim request into a priced claim, or into every field error it has: the visit must be the
 * caller's and completed, the machine in warranty (or the claim type must say why it is paid anyway),
 * the currency the station's, each line complete for its kind. Labour is priced at standard catalogue
 * codes × the station's rate in force on the repair day; parts at quantity × price. Reads nothing itself.
 */
final class ClaimBuilder {

    /** The claim (not persisted) or the errors; never both. */
    record Built(WarrantyClaim claim, List<FieldError> errors) {
    }

    interface Visibility {
        boolean canSee(RepairFacts facts);
    }

    private ClaimBuilder() {
    }

    static Built build(ClaimRequest request, RepairFacts facts, Catalogue catalogue, Visibility visibility) {
        Built unclaimable = unclaimable(facts, visibility);
        if (unclaimable != null) {
            return unclaimable;
        }
        List<FieldError> errors = new ArrayList<>();
        ClaimType type = catalogue.type(request.claimTypeCode());
        if (type == null) {
            errors.add(new FieldError("claimTypeCode", "no active claim type with this code"));
        }
        LabourRate rate = catalogue.rate(facts.stationId(), facts.repairedOn());
        checkRate(rate, request, facts, errors);
        WarrantyClaim claim = new WarrantyClaim();
        if (type != null) {
            cover(claim, request, facts, type, errors);
        }
        List<ClaimLine> lines = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            ClaimLine line = price(request.lines().get(i), "lines[" + i + "]", facts, catalogue, rate, errors);
            lines.add(line);
        }
        if (!errors.isEmpty()) {
            return new Built(null, errors);
        }
        fill(claim, request, facts, type, lines);
        return new Built(claim, List.of());
    }

    /** Why the visit cannot be claimed at all (not the caller's, not done, no machine), or null. */
    private static Built unclaimable(RepairFacts facts, Visibility visibility) {
        if (facts == null || !visibility.canSee(facts)) {
            return failed("visitId", "no visit with this id at your stations");
        }
        if (!facts.completed()) {
            return failed("visitId", "the visit is not completed: claim a repair once it is done");
        }
        if (facts.equipmentId() == null) {
            return failed("visitId", "the visit names no machine; set its equipment first");
        }
        return null;
    }

    private static void checkRate(LabourRate rate, ClaimRequest request, RepairFacts facts, List<FieldError> errors) {
        if (rate == null) {
            errors.add(new FieldError("visitId", "the visit's station has no warranty labour rate on "
                    + facts.repairedOn() + "; an admin sets one"));
        } else if (!rate.currency.equals(request.currency())) {
            errors.add(new FieldError("currency", "must be the station's claim currency " + rate.currency));
        }
    }

    /** The claim's identity and the repair's facts, once everything checked out. */
    private static void fill(WarrantyClaim claim, ClaimRequest request, RepairFacts facts, ClaimType type,
            List<ClaimLine> lines) {
        claim.id = UuidV7.next();
        claim.dealerId = facts.dealerId();
        claim.stationId = facts.stationId();
        claim.visitId = facts.visitId();
        claim.equipmentId = facts.equipmentId();
        claim.serialNumber = facts.serialNumber();
        claim.productSeries = facts.productSeries();
        claim.deliveredOn = facts.deliveryDate();
        claim.claimNumber = request.claimNumber();
        claim.claimTypeId = type.id;
        claim.repairedOn = facts.repairedOn();
        claim.currency = request.currency();
        claim.replaceLines(lines);
    }

    /** Copies a rebuilt claim's facts and lines onto the stored one (same id, number and version). */
    static Outcome<Void> apply(WarrantyClaim stored, WarrantyClaim rebuilt) {
        Outcome<Void> outcome = stored.replaceLines(new ArrayList<>(rebuilt.lines));
        if (outcome.isRefused()) {
            return outcome;
        }
        stored.visitId = rebuilt.visitId;
        stored.stationId = rebuilt.stationId;
        stored.equipmentId = rebuilt.equipmentId;
        stored.serialNumber = rebuilt.serialNumber;
        stored.productSeries = rebuilt.productSeries;
        stored.deliveredOn = rebuilt.deliveredOn;
        stored.claimTypeId = rebuilt.claimTypeId;
        stored.repairedOn = rebuilt.repairedOn;
        stored.failureDate = rebuilt.failureDate;
        stored.failureReading = rebuilt.failureReading;
        stored.failureUnit = rebuilt.failureUnit;
        stored.coverage = rebuilt.coverage;
        stored.coverageNote = rebuilt.coverageNote;
        stored.currency = rebuilt.currency;
        return outcome;
    }

    private static void cover(WarrantyClaim claim, ClaimRequest request, RepairFacts facts, ClaimType type,
            List<FieldError> errors) {
        boolean readingGiven = request.failureReading() != null || request.failureUnit() != null;
        claim.failureDate = request.failureDate() != null ? request.failureDate() : facts.repairedOn();
        claim.failureReading = readingGiven ? request.failureReading() : facts.meterReading();
        claim.failureUnit = readingGiven ? request.failureUnit() : facts.meterUnit();
        CoverageRule.Result result = CoverageRule.check(facts, claim.failureDate, claim.failureReading, claim.failureUnit);
        if (result.refusal() != null) {
            errors.addAll(result.refusal().reasons());
            return;
        }
        if (result.verdict().covered()) {
            claim.coverage = Coverage.IN_WARRANTY;
            claim.coverageNote = result.verdict().note();
        } else if (type.kind == ClaimKind.STANDARD) {
            errors.add(new FieldError("claimTypeCode", "the machine is out of warranty: " + result.verdict().note()
                    + "; claim under an extended-warranty, goodwill or campaign type that says why it is paid"));
        } else {
            claim.coverage = Coverage.PAID_ANYWAY;
            claim.coverageNote = truncate("out of warranty (" + result.verdict().note() + "); paid as "
                    + type.paidAnywayBecause());
        }
    }

    private static ClaimLine price(ClaimRequest.Line request, String field, RepairFacts facts, Catalogue catalogue,
            LabourRate rate, List<FieldError> errors) {
        ClaimLine line = new ClaimLine();
        line.id = UuidV7.next();
        line.kind = request.kind();
        line.description = request.description();
        line.claimedAmount = BigDecimal.ZERO.setScale(2);
        int before = errors.size();
        switch (request.kind()) {
            case LABOUR -> labour(line, request, field, facts, catalogue, rate, errors);
            case PART -> part(line, request, field, errors);
            case OTHER -> other(line, request, field, errors);
        }
        if (errors.size() == before && request.kind() != LineKind.LABOUR && request.hours() != null) {
            errors.add(new FieldError(field + ".hours", "only a LABOUR line has hours"));
        }
        return line;
    }

    private static void labour(ClaimLine line, ClaimRequest.Line request, String field, RepairFacts facts,
            Catalogue catalogue, LabourRate rate, List<FieldError> errors) {
        if (request.operationCode() == null || request.operationCode().isBlank()) {
            errors.add(new FieldError(field + ".operationCode", "a LABOUR line needs its operation code"));
            return;
        }
        OperationCode operation = catalogue.operation(request.operationCode(), facts.productSeries());
        if (operation == null) {
            errors.add(new FieldError(field + ".operationCode", "unknown operation code " + request.operationCode()
                    + " for product series " + facts.productSeries()));
            return;
        }
        if (request.hours() == null) {
            errors.add(new FieldError(field + ".hours", "a LABOUR line needs its claimed hours"));
            return;
        }
        line.operationCode = operation.code;
        line.standardHours = operation.standardHours;
        line.hours = request.hours();
        if (rate != null) {
            line.rate = rate.hourlyRate;
            line.claimedAmount = money(request.hours().multiply(rate.hourlyRate));
        }
    }

    private static void part(ClaimLine line, ClaimRequest.Line request, String field, List<FieldError> errors) {
        require(request.partNumber(), field + ".partNumber", "a PART line needs its part number", errors);
        require(request.quantity(), field + ".quantity", "a PART line needs its quantity", errors);
        require(request.unitPrice(), field + ".unitPrice", "a PART line needs its unit price", errors);
        line.partNumber = request.partNumber();
        line.quantity = request.quantity();
        line.unitPrice = request.unitPrice();
        line.causalPart = Boolean.TRUE.equals(request.causalPart());
        line.failedSerial = request.failedSerial();
        line.newSerial = request.newSerial();
        if (request.quantity() != null && request.unitPrice() != null) {
            line.claimedAmount = money(request.quantity().multiply(request.unitPrice()));
        }
    }

    private static void other(ClaimLine line, ClaimRequest.Line request, String field, List<FieldError> errors) {
        require(request.costKind(), field + ".costKind", "an OTHER line says what it pays for (TRAVEL, SUBLET)", errors);
        require(request.amount(), field + ".amount", "an OTHER line needs its amount", errors);
        line.costKind = request.costKind();
        if (request.amount() != null) {
            line.claimedAmount = money(request.amount());
        }
    }

    private static void require(Object value, String field, String message, List<FieldError> errors) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            errors.add(new FieldError(field, message));
        }
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static String truncate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 297) + "...";
    }

    private static Built failed(String field, String message) {
        return new Built(null, List.of(new FieldError(field, message)));
    }
}

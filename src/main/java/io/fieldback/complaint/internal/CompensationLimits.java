package io.fieldback.complaint.internal;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import io.fieldback.common.FieldError;
import io.fieldback.common.Outcome;
import io.fieldback.common.Refusal;

/**
 * Who may approve how much compensation: roles without a limit approve any amount in any currency; the
 * others up to their role's limit, in the limits' currency. A caller with several roles approves under the
 * most generous one.
 */
final class CompensationLimits {

    private CompensationLimits() {
    }

    /** The role under which a caller (known by {@code callerIs}) approves this amount, or why they may not. */
    static Outcome<String> approverRole(ComplaintConfig.Compensation rules, Predicate<String> callerIs,
            BigDecimal amount, Currency currency) {
        for (String role : rules.unlimitedRoles()) {
            if (callerIs.test(role)) {
                return Outcome.moved(role);
            }
        }
        Optional<Map.Entry<String, BigDecimal>> limited = rules.limits().entrySet().stream()
                .filter(e -> callerIs.test(e.getKey()))
                .max(Map.Entry.comparingByValue());
        if (limited.isEmpty()) {
            return Outcome.refused(overLimit("your role may not approve compensation"));
        }
        Map.Entry<String, BigDecimal> best = limited.get();
        String unlimited = String.join(", ", rules.unlimitedRoles());
        if (!currency.getCurrencyCode().equals(rules.currency())) {
            return Outcome.refused(overLimit("the " + best.getKey() + " limit is in " + rules.currency()
                    + "; compensation in " + currency + " needs an approver without a limit (" + unlimited + ")"));
        }
        if (amount.compareTo(best.getValue()) > 0) {
            return Outcome.refused(overLimit(amount.toPlainString() + " " + currency + " exceeds the "
                    + best.getKey() + " limit of " + best.getValue().toPlainString() + " " + rules.currency()
                    + "; it needs an approver with a higher limit (" + unlimited + ")"));
        }
        return Outcome.moved(best.getKey());
    }

    private static Refusal overLimit(String message) {
        return new Refusal(422, "compensation-over-limit", "Compensation over the approver's limit", message,
                List.of(new FieldError("amount", message)));
    }
}

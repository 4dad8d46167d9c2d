package io.fieldback.sync.internal;

import java.lang.annotation.ElementType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.HibernateValidatorFactory;

import io.fieldback.common.FieldError;
import io.fieldback.common.FieldPaths;
import io.fieldback.common.TimeSource;

/** One repair order's own rules: its fields, and times in an order that can have happened. */
@ApplicationScoped
class RepairOrderCheck {

    private final Validator validator;
    private final TimeSource time;
    private final SyncConfig config;

    RepairOrderCheck(ValidatorFactory validators, TimeSource time, SyncConfig config) {
        this.validator = validators.unwrap(HibernateValidatorFactory.class).usingContext()
                .traversableResolver(new EverythingReachable()).enableTraversableResolverResultCache(false)
                .getValidator();
        this.time = time;
        this.config = config;
    }

    /**
     * An order and its parts are request records, never JPA entities: the default resolver asked JPA whether each
     * property was loaded, and a cache of its answers was kept per validation: together half the cost of validating
     * 5,000 orders (the upsert's profile, issue 21).
     */
    private static final class EverythingReachable implements TraversableResolver {
        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootType, Path pathToProperty,
                ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootType, Path pathToProperty,
                ElementType elementType) {
            return true;
        }
    }

    List<FieldError> check(RepairOrder item) {
        if (item == null) {
            return List.of(new FieldError("item", "must not be null"));
        }
        List<FieldError> errors = new ArrayList<>(validator.validate(item).stream()
                .map(v -> new FieldError(FieldPaths.of(v), v.getMessage())).sorted((a, b) -> a.field().compareTo(b.field()))
                .toList());
        if (!errors.isEmpty()) {
            return errors;
        }
        checkTimes(item, errors);
        checkStatus(item, errors);
        if ((item.meterReading() == null) != (item.meterUnit() == null)) {
            errors.add(new FieldError("meterUnit", "give meterReading and meterUnit together"));
        }
        return errors;
    }

    /** None in the future (beyond the clock tolerance), none before the step it follows. */
    private void checkTimes(RepairOrder item, List<FieldError> errors) {
        Instant latest = time.now().plus(config.clockTolerance());
        before(errors, "updatedAt", item.updatedAt(), latest, "is in the future");
        before(errors, "requestedAt", item.requestedAt(), latest, "is in the future");
        before(errors, "arrivedAt", item.arrivedAt(), latest, "is in the future");
        before(errors, "completedAt", item.completedAt(), latest, "is in the future");
        before(errors, "cancelledAt", item.cancelledAt(), latest, "is in the future");
        after(errors, "arrivedAt", item.arrivedAt(), item.requestedAt(), "is before requestedAt");
        after(errors, "completedAt", item.completedAt(), item.requestedAt(), "is before requestedAt");
        after(errors, "completedAt", item.completedAt(), item.arrivedAt(), "is before arrivedAt");
        after(errors, "cancelledAt", item.cancelledAt(), item.requestedAt(), "is before requestedAt");
    }

    /** What the order's status needs, and the completion time only a completed order has. */
    private static void checkStatus(RepairOrder item, List<FieldError> errors) {
        switch (item.status()) {
            case ON_SITE -> require(errors, "arrivedAt", item.arrivedAt(), "an ON_SITE order needs arrivedAt");
            case COMPLETED -> {
                require(errors, "completedAt", item.completedAt(), "a COMPLETED order needs completedAt");
                require(errors, "outcome", item.outcome(), "a COMPLETED order needs its outcome");
            }
            case REQUESTED, CANCELLED -> {
            }
        }
        if (item.status() != RepairOrder.Status.COMPLETED && item.completedAt() != null) {
            errors.add(new FieldError("completedAt", "only a COMPLETED order has a completion time"));
        }
    }

    private static void require(List<FieldError> errors, String field, Object value, String message) {
        if (value == null) {
            errors.add(new FieldError(field, message));
        }
    }

    private static void before(List<FieldError> errors, String field, Instant value, Instant limit, String message) {
        if (value != null && value.isAfter(limit)) {
            errors.add(new FieldError(field, message));
        }
    }

    private static void after(List<FieldError> errors, String field, Instant value, Instant earliest, String message) {
        if (value != null && earliest != null && value.isBefore(earliest)) {
            errors.add(new FieldError(field, message));
        }
    }
}

package io.fieldback.privacy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Query;

/** The non-blank, not yet erased values of a query's (value, value) rows, for {@link PersonalDataHolder}s. */
public final class PersonalValues {

    private PersonalValues() {
    }

    @SuppressWarnings("unchecked")
    public static Set<String> of(Query pairs) {
        Set<String> values = new LinkedHashSet<>();
        for (Object[] row : (List<Object[]>) pairs.getResultList()) {
            for (Object value : row) {
                if (value != null && !value.toString().isEmpty() && !value.equals(Masking.ERASED_NAME)
                        && !value.equals(Masking.ERASED_PHONE)) {
                    values.add(value.toString());
                }
            }
        }
        return values;
    }
}

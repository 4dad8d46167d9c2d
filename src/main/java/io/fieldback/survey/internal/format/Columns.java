package io.fieldback.survey.internal.format;

import java.util.List;
import java.util.Set;

/** The names of a row's own fields (CSV columns, JSON fields); every other CSV column is an answer. */
public final class Columns {

    public static final String ROW_ID = "rowId";
    public static final String CUSTOMER_CODE = "customerCode";
    public static final String EQUIPMENT_SERIAL = "equipmentSerial";
    public static final String REPAIR_ORDER_NUMBER = "repairOrderNumber";
    public static final String INTERVIEW_DATE = "interviewDate";
    public static final String METHOD = "method";
    public static final String ANSWERS = "answers";
    public static final List<String> REQUIRED = List.of(ROW_ID, INTERVIEW_DATE, METHOD);
    public static final List<String> CUSTOMER_KEYS = List.of(CUSTOMER_CODE, EQUIPMENT_SERIAL, REPAIR_ORDER_NUMBER);
    public static final Set<String> BASE = Set.of(ROW_ID, CUSTOMER_CODE, EQUIPMENT_SERIAL, REPAIR_ORDER_NUMBER,
            INTERVIEW_DATE, METHOD);

    private Columns() {
    }
}

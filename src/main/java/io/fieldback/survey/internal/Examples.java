package io.fieldback.survey.internal;

/** Request examples for the contract. */
final class Examples {

    static final String CSV = """
            rowId,customerCode,interviewDate,method,quality_satisfied,quality_score,attitude_satisfied,attitude_score,\
            speed_satisfied,speed_score,proactive_satisfied,proactive_score,other_feedback
            R-000001,C-JS-0001,2026-11-20,PHONE,yes,5,yes,4,yes,5,yes,5,"配件到得快, 师傅很专业"
            """;

    static final String JSON = """
            [{"rowId": "R-000001", "equipmentSerial": "YC6K1234567", "interviewDate": "2026-11-20", "method": "WEB",
              "answers": {"quality_satisfied": true, "quality_score": 5, "attitude_satisfied": true, "attitude_score": 4,
                          "speed_satisfied": true, "speed_score": 5, "proactive_satisfied": true, "proactive_score": 5,
                          "other_feedback": "配件到得快"}}]""";

    private Examples() {
    }
}

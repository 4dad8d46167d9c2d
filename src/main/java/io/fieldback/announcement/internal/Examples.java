package io.fieldback.announcement.internal;

final class Examples {

    static final String ANNOUNCEMENT = """
            {"title": "YC6K 喷油器密封圈更换技术通报", "body": "自2026年12月起，维修YC6K喷油器时须同时更换新型密封圈（件号 J5700-1112340）。",
             "kind": "TECHNICAL_BULLETIN", "mandatory": true, "dueDate": "2026-12-31",
             "addressees": {"allStations": false, "regions": ["EAST"], "productSeries": ["YC6K"]}}""";

    private Examples() {
    }
}

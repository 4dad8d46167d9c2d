package io.fieldback.region.internal;

/** Request examples for the contract. */
final class Examples {

    static final String REGION = """
            {"code": "CENTRAL", "nameZh": "华中", "nameEn": "Central", "position": 40, "active": true}""";

    static final String PROVINCE = """
            {"code": "HB", "gbCode": "42", "nameZh": "湖北", "nameEn": "Hubei", "regionCode": "CENTRAL"}""";

    private Examples() {
    }
}

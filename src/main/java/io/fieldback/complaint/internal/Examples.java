package io.fieldback.complaint.internal;

/** Request examples for the contract, in one place. */
public final class Examples {

    public static final String COMPLAINT = """
            {"customerId": "01936f6e-5b7a-7c3e-8f00-000000000001",
             "visitId": "01936f6e-5b7a-7c3e-8f00-0000000000a1",
             "channel": "HOTLINE", "category": "PRODUCT_QUALITY", "severity": "URGENT",
             "description": "发动机维修后三天再次冒黑烟,车辆无法出车",
             "receivedAt": "2026-11-03T01:30:00Z",
             "contactName": "张师傅", "contactPhone": "+8613812345678"}""";

    public static final String TRANSITION = """
            {"to": "CONTACTED", "note": "已电话联系客户,约定明天上门检查"}""";

    public static final String INVESTIGATION = """
            {"rootCause": "喷油器批次密封圈老化", "departmentCode": "QA-ENGINE", "faultOrigin": "SUPPLIER",
             "supplierName": "无锡精密喷射有限公司",
             "temporaryCountermeasure": {"action": "更换该车全部喷油器", "owner": "王建国", "dueDate": "2026-11-05"},
             "permanentCountermeasure": {"action": "供应商更换密封圈材料并加严进货检验", "owner": "李敏",
                                         "dueDate": "2026-12-15"}}""";

    public static final String COMPENSATION = """
            {"amount": "1500.00", "currency": "CNY", "reason": "停运两天的误工补偿"}""";

    public static final String SECOND_SATISFACTION = """
            {"satisfied": true, "note": "客户表示问题已彻底解决"}""";

    public static final String COMMENT = """
            {"text": "经销商已安排备用车辆给客户"}""";

    public static final String DEPARTMENT = """
            {"code": "QA-ENGINE", "name": "发动机质量部", "supervisorName": "陈志强",
             "supervisorContact": "+8613900001111"}""";

    private Examples() {
    }
}

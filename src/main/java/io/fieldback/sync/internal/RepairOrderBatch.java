package io.fieldback.sync.internal;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RepairOrderBatch", example = """
        {"items": [{"repairOrderNumber": "RO-2026-000123", "updatedAt": "2026-11-20T08:15:00Z",
          "stationCode": "ST-SH-PD-01",
          "customer": {"code": "C-100234", "name": "江苏宏运物流有限公司", "relationship": "END_USER",
                       "importance": "KEY", "region": "EAST", "province": "江苏"},
          "equipment": {"serialNumber": "LGHX4K2B7NE012345", "productSeries": "YC6K", "application": "TRUCK"},
          "type": "PAID_REPAIR", "status": "COMPLETED", "requestedAt": "2026-11-20T01:30:00Z",
          "arrivedAt": "2026-11-20T03:00:00Z", "completedAt": "2026-11-20T07:40:00Z", "outcome": "FIXED",
          "faultReported": "水温过高", "labourHours": 3, "cost": {"amount": 1280.00, "currency": "CNY"}}]}""")
public record RepairOrderBatch(
        @Schema(description = "1 to 5,000 repair orders; each is answered on its own") List<RepairOrder> items) {
}

package io.fieldback.demo;

import java.math.BigDecimal;
import java.util.List;

/**
 * Where the demo network stands: the one place that names regions and provinces, so that it follows the
 * region reference data when that changes. Two dealers share eight stations across the regions: region codes of
 * GET /api/v1/regions, province codes of GET /api/v1/provinces (overseas has none).
 */
final class DemoPlaces {

    /** A station's place; {@code dealer} is 0 or 1 (the index in {@link #DEALERS}). */
    record Place(int dealer, String code, String name, String region, String province, String city,
            String address, double latitude, double longitude, String phone) {

        BigDecimal lat() {
            return BigDecimal.valueOf(latitude);
        }

        BigDecimal lon() {
            return BigDecimal.valueOf(longitude);
        }
    }

    record DealerName(String code, String name) {
    }

    static final List<DealerName> DEALERS = List.of(
            new DealerName("DEMO-DLR-EAST", "华东动力服务有限公司（演示）"),
            new DealerName("DEMO-DLR-NORTH", "北方重型机械服务集团（演示）"));

    static final List<Place> STATIONS = List.of(
            new Place(0, "DEMO-ST-SH", "上海浦东服务站", "EAST", "SH", "上海", "上海市浦东新区张江路 100 号",
                    31.230400, 121.473700, "+862150501234"),
            new Place(0, "DEMO-ST-WH", "武汉经开服务站", "CENTRAL", "HB", "武汉", "武汉市经济技术开发区东风大道 88 号",
                    30.592849, 114.305539, "+862784001234"),
            new Place(0, "DEMO-ST-GZ", "广州白云服务站", "SOUTH", "GD", "广州", "广州市白云区机场路 1888 号",
                    23.129100, 113.264400, "+862086001234"),
            new Place(0, "DEMO-ST-CD", "成都新都服务站", "SOUTHWEST", "SC", "成都", "成都市新都区工业大道 66 号",
                    30.572800, 104.066800, "+862883001234"),
            new Place(1, "DEMO-ST-BJ", "北京大兴服务站", "NORTH", "BJ", "北京", "北京市大兴区金星路 18 号",
                    39.904200, 116.407400, "+861060201234"),
            new Place(1, "DEMO-ST-SY", "沈阳铁西服务站", "NORTHEAST", "LN", "沈阳", "沈阳市铁西区北二路 45 号",
                    41.805700, 123.431500, "+862425801234"),
            new Place(1, "DEMO-ST-XA", "西安经开服务站", "NORTHWEST", "SN", "西安", "西安市未央区凤城十二路 9 号",
                    34.341600, 108.939800, "+862986501234"),
            new Place(1, "DEMO-ST-JKT", "雅加达海外服务站", "INTERNATIONAL", null, "雅加达",
                    "Jl. Raya Cakung Cilincing, Jakarta", -6.208800, 106.845600, "+62214401234"));

    private DemoPlaces() {
    }
}

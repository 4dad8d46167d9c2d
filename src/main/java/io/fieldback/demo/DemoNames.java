package io.fieldback.demo;

import java.util.List;
import java.util.Random;

/** Plausible Chinese names and phone numbers, drawn from the seeded random source. */
final class DemoNames {

    private static final List<String> TRADE = List.of("宏运", "顺达", "鑫源", "恒通", "金桥", "华泰", "永昌", "远航",
            "中联", "安达", "盛世", "通宇", "瑞丰", "佳禾", "长城", "腾飞");
    private static final List<String> BUSINESS = List.of("物流有限公司", "运输有限公司", "工程机械有限公司", "农机专业合作社",
            "客运有限公司", "建设集团有限公司", "电力设备有限公司", "港务有限公司", "矿业有限公司", "环卫服务有限公司");
    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
            "徐", "孙", "胡", "朱", "高", "林");
    private static final List<String> GIVEN = List.of("建国", "志强", "海涛", "秀英", "丽娟", "伟", "磊", "军", "洋",
            "勇", "敏", "静", "晓东", "春生", "国庆", "红梅");

    private final Random random;

    DemoNames(Random random) {
        this.random = random;
    }

    String company(String city) {
        return city + pick(TRADE) + pick(BUSINESS);
    }

    String person() {
        return pick(SURNAMES) + pick(GIVEN);
    }

    /** A Chinese mobile number in E.164. */
    String mobile() {
        return "+861" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
    }

    <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}

--liquibase formatted sql

--changeset fieldback:040-regions
-- Regions and provinces are reference data kept by admins (each company has its own sales or service
-- areas). Codes are the identities clients send; the seeded region codes are the values of the former
-- Region enum (EAST ... INTERNATIONAL) plus CENTRAL (华中), so existing clients keep working.
CREATE TABLE regions (
    id BINARY(16) NOT NULL PRIMARY KEY,
    code VARCHAR(16) NOT NULL,
    name_zh VARCHAR(64) NOT NULL,
    name_en VARCHAR(64) NOT NULL,
    position INT NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_regions_code UNIQUE (code),
    INDEX ix_regions_position (position, code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Provinces (provincial-level divisions): code is the ISO 3166-2:CN subdivision code, gb_code the
-- GB/T 2260 two-digit code. A province belongs to exactly one region.
CREATE TABLE provinces (
    id BINARY(16) NOT NULL PRIMARY KEY,
    code VARCHAR(16) NOT NULL,
    gb_code VARCHAR(8) NULL,
    name_zh VARCHAR(64) NOT NULL,
    name_en VARCHAR(64) NOT NULL,
    region_code VARCHAR(16) NOT NULL,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_provinces_code UNIQUE (code),
    CONSTRAINT uq_provinces_name_zh UNIQUE (name_zh),
    CONSTRAINT fk_provinces_region FOREIGN KEY (region_code) REFERENCES regions (code),
    INDEX ix_provinces_region (region_code, code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset fieldback:040-seed-regions
-- China's seven geographic regions plus overseas; all 34 provincial-level divisions.
INSERT INTO regions (id, code, name_zh, name_en, position, active, version, created_at, updated_at) VALUES
    (UNHEX('0193a000000070008000000000000101'), 'NORTH', '华北', 'North', 10, TRUE, 0, NOW(6), NOW(6)),
    (UNHEX('0193a000000070008000000000000102'), 'NORTHEAST', '东北', 'Northeast', 20, TRUE, 0, NOW(6), NOW(6)),
    (UNHEX('0193a000000070008000000000000103'), 'EAST', '华东', 'East', 30, TRUE, 0, NOW(6), NOW(6)),
    (UNHEX('0193a000000070008000000000000104'), 'CENTRAL', '华中', 'Central', 40, TRUE, 0, NOW(6), NOW(6)),
    (UNHEX('0193a000000070008000000000000105'), 'SOUTH', '华南', 'South', 50, TRUE, 0, NOW(6), NOW(6)),
    (UNHEX('0193a000000070008000000000000106'), 'SOUTHWEST', '西南', 'Southwest', 60, TRUE, 0, NOW(6), NOW(6)),
    (UNHEX('0193a000000070008000000000000107'), 'NORTHWEST', '西北', 'Northwest', 70, TRUE, 0, NOW(6), NOW(6)),
    (UNHEX('0193a000000070008000000000000108'), 'INTERNATIONAL', '海外', 'Overseas', 80, TRUE, 0, NOW(6), NOW(6));
INSERT INTO provinces (id, code, gb_code, name_zh, name_en, region_code, version, created_at, updated_at) VALUES
    (UNHEX('0193a000000070008000000000000201'), 'BJ', '11', '北京', 'Beijing', 'NORTH', 0, NOW(6), NOW(6)),
    (UNHEX('0193a000000070008000000000000202'), 'TJ', '12', '天津', 'Tianjin', 'NORTH', 0, NOW(6), NOW(6)),
    (UNHEX('0193a000000070008000000000000203'), 'HE', '13', '河北', 'Hebei', 'NORTH', 0, NOW(6), NOW(6)),
    (UNHEX('0193a000000070008000000000000204'), 'SX', '14', '山西', 'Shanxi', 'NORTH', 0, NOW(6), NOW(6)),
    (UNHEX('0193a000000070008000000000000205'), 'NM', '15', '内蒙古', 'Inner Mongolia', 'NORTH', 0, NOW(6), NOW(6)),
    (UNHEX('0193a000000070008000000000000206'), 'LN', '21', '辽宁', 'Liaoning', 'NORTHEAST', 0, NOW(6), NOW(6)),
    (UNHEX('0193a000000070008000000000000207'), 'JL', '22', '吉林', 'Jilin', 'NORTHEAST', 0, NOW(6), NOW(6)),
    (UNHEX('0193a000000070008000000000000208'), 'HL', '23', '黑龙江', 'Heilongjiang', 'NORTHEAST', 0, NOW(6), NOW(6)),
    (UNHEX('0193a000000070008000000000000209'), 'SH', '31', '上海', 'Shanghai', 'EAST', 0, NOW(6), NOW(6)),
    (UNHEX('0193a00000007000800000000000020a'), 'JS', '32', '江苏', 'Jiangsu', 'EAST', 0, NOW(6), NOW(6)),
    (UNHEX('0193a00000007000800000000000020b'), 'ZJ', '33', '浙江', 'Zhejiang', 'EAST', 0, NOW(6), NOW(6)),
    (UNHEX('0193a00000007000800000000000020c'), 'AH', '34', '安徽', 'Anhui', 'EAST', 0, NOW(6), NOW(6)),
    (UNHEX('0193a00000007000800000000000020d'), 'FJ', '35', '福建', 'Fujian', 'EAST', 0, NOW(6), NOW(6)),
    (UNHEX('0193a00000007000800000000000020e'), 'JX', '36', '江西', 'Jiangxi', 'EAST', 0, NOW(6), NOW(6)),
    (UNHEX('0193a00000007000800000000000020f'), 'SD', '37', '山东', 'Shandong', 'EAST', 0, NOW(6), NOW(6)),
    (UNHEX('0193a000000070008000000000000210'), 'HA', '41', '河南', 'Henan', 'CENTRAL', 0, NOW(6), NOW(6)),
    (UNHEX('0193a000000070008000000000000211'), 'HB', '42', '湖北', 'Hubei', 'CENTRAL', 0, NOW(6), NOW(6)),
    (UNHEX('0193a000000070008000000000000212'), 'HN', '43', '湖南', 'Hunan', 'CENTRAL', 0, NOW(6), NOW(6)),
    (UNHEX('0193a000000070008000000000000213'), 'GD', '44', '广东', 'Guangdong', 'SOUTH', 0, NOW(6), NOW(6)),
    (UNHEX('0193a000000070008000000000000214'), 'GX', '45', '广西', 'Guangxi', 'SOUTH', 0, NOW(6), NOW(6)),
    (UNHEX('0193a000000070008000000000000215'), 'HI', '46', '海南', 'Hainan', 'SOUTH', 0, NOW(6), NOW(6)),
    (UNHEX('0193a000000070008000000000000216'), 'CQ', '50', '重庆', 'Chongqing', 'SOUTHWEST', 0, NOW(6), NOW(6)),
    (UNHEX('0193a000000070008000000000000217'), 'SC', '51', '四川', 'Sichuan', 'SOUTHWEST', 0, NOW(6), NOW(6)),
    (UNHEX('0193a000000070008000000000000218'), 'GZ', '52', '贵州', 'Guizhou', 'SOUTHWEST', 0, NOW(6), NOW(6)),
    (UNHEX('0193a000000070008000000000000219'), 'YN', '53', '云南', 'Yunnan', 'SOUTHWEST', 0, NOW(6), NOW(6)),
    (UNHEX('0193a00000007000800000000000021a'), 'XZ', '54', '西藏', 'Tibet', 'SOUTHWEST', 0, NOW(6), NOW(6)),
    (UNHEX('0193a00000007000800000000000021b'), 'SN', '61', '陕西', 'Shaanxi', 'NORTHWEST', 0, NOW(6), NOW(6)),
    (UNHEX('0193a00000007000800000000000021c'), 'GS', '62', '甘肃', 'Gansu', 'NORTHWEST', 0, NOW(6), NOW(6)),
    (UNHEX('0193a00000007000800000000000021d'), 'QH', '63', '青海', 'Qinghai', 'NORTHWEST', 0, NOW(6), NOW(6)),
    (UNHEX('0193a00000007000800000000000021e'), 'NX', '64', '宁夏', 'Ningxia', 'NORTHWEST', 0, NOW(6), NOW(6)),
    (UNHEX('0193a00000007000800000000000021f'), 'XJ', '65', '新疆', 'Xinjiang', 'NORTHWEST', 0, NOW(6), NOW(6)),
    (UNHEX('0193a000000070008000000000000220'), 'TW', '71', '台湾', 'Taiwan', 'EAST', 0, NOW(6), NOW(6)),
    (UNHEX('0193a000000070008000000000000221'), 'HK', '81', '香港', 'Hong Kong', 'SOUTH', 0, NOW(6), NOW(6)),
    (UNHEX('0193a000000070008000000000000222'), 'MO', '82', '澳门', 'Macao', 'SOUTH', 0, NOW(6), NOW(6));

--changeset fieldback:040-move-region-data
-- Province used to be free text. A value that names a province (its Chinese name, with or without a
-- suffix such as 省/市/自治区, its English name or its code) becomes the province's code, and the
-- record's region follows from the province: a 湖北 customer filed under EAST (there was no CENTRAL)
-- moves to CENTRAL. A value that names no province is kept in legacy_province_values, then cleared.
CREATE TABLE legacy_province_values (
    table_name VARCHAR(32) NOT NULL,
    row_id BINARY(16) NOT NULL,
    province VARCHAR(64) NOT NULL,
    PRIMARY KEY (table_name, row_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

UPDATE customers c JOIN provinces p ON c.province = p.code OR c.province = p.name_en
        OR c.province LIKE CONCAT(p.name_zh, '%')
    SET c.province = p.code, c.region = p.region_code;
INSERT INTO legacy_province_values (table_name, row_id, province)
    SELECT 'customers', c.id, c.province FROM customers c
    WHERE c.province IS NOT NULL AND c.province NOT IN (SELECT code FROM provinces);
UPDATE customers SET province = NULL
    WHERE province IS NOT NULL AND province NOT IN (SELECT code FROM provinces);

UPDATE stations s JOIN provinces p ON s.province = p.code OR s.province = p.name_en
        OR s.province LIKE CONCAT(p.name_zh, '%')
    SET s.province = p.code, s.region = p.region_code;
INSERT INTO legacy_province_values (table_name, row_id, province)
    SELECT 'stations', s.id, s.province FROM stations s
    WHERE s.province IS NOT NULL AND s.province NOT IN (SELECT code FROM provinces);
UPDATE stations SET province = NULL
    WHERE province IS NOT NULL AND province NOT IN (SELECT code FROM provinces);

-- vendor rows keep the region copied at upload; a copy made under the old workaround follows the customer's province
UPDATE survey_results r JOIN customers c ON c.id = r.customer_id JOIN provinces p ON p.code = c.province
    SET r.region = p.region_code WHERE r.region <> p.region_code;

--changeset fieldback:040-region-foreign-keys
ALTER TABLE customers
    ADD CONSTRAINT fk_customers_region FOREIGN KEY (region) REFERENCES regions (code),
    ADD CONSTRAINT fk_customers_province FOREIGN KEY (province) REFERENCES provinces (code);
ALTER TABLE stations
    ADD CONSTRAINT fk_stations_region FOREIGN KEY (region) REFERENCES regions (code),
    ADD CONSTRAINT fk_stations_province FOREIGN KEY (province) REFERENCES provinces (code);

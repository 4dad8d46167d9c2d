package io.fieldback.insights;

import static io.fieldback.support.Tokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;
import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import io.fieldback.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;

/** The weekly report as JSON, CSV and SVG, against the hand count (the week before holds call #10 only). */
@QuarkusTest
public class WeeklyReportTest {

    static final String REPORTS = "/api/v1/insights/weekly-reports/";

    @Inject
    DataSource db;

    @Test
    void jsonHasTheWeekTheWeekBeforeAndTheChanges() {
        HandCountedWeek w = new HandCountedWeek(new InsightsFixtures(db));
        String previous = InsightsFixtures.isoWeek(w.monday.minusWeeks(1));
        as(Roles.ANALYST).config(RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .get(REPORTS + w.week).then().statusCode(200)
                .body("week", equalTo(w.week)).body("previousWeek", equalTo(previous))
                .body("from", equalTo(w.from())).body("to", equalTo(w.to()))
                .body("fiveDimensions.own.due", equalTo(9)).body("previousFiveDimensions.own.due", equalTo(1))
                .body("previousFiveDimensions.own.dimensions[0].rate", equalTo(new BigDecimal("1.0000")))
                .body("index.index", equalTo(new BigDecimal("66.5")))
                .body("previousIndex.index", equalTo(new BigDecimal("100.0")))
                .body("complaints.received", equalTo(3)).body("previousComplaints.received", equalTo(0))
                .body("changes.find { it.figure == 'own.due' }.value", equalTo(9))
                .body("changes.find { it.figure == 'own.due' }.previous", equalTo(1))
                .body("changes.find { it.figure == 'own.due' }.change", equalTo(8))
                .body("changes.find { it.figure == 'own.due' }.label", equalTo("自有回访 应回访 due"))
                .body("changes.find { it.figure == 'combined.PRODUCT_QUALITY.rate' }.change",
                        equalTo(new BigDecimal("-0.4000")))
                .body("changes.find { it.figure == 'index' }.change", equalTo(new BigDecimal("-33.5")))
                .body("changes.find { it.figure == 'complaints.category.PRODUCT_QUALITY' }.value",
                        equalTo(2))
                .body("changes.find { it.figure == 'complaints.onTime.FIRST_CONTACT' }.value",
                        equalTo(new BigDecimal("0.6667")));
    }

    @Test
    void csvIsUtf8WithABomAndChineseLabels() {
        HandCountedWeek w = new HandCountedWeek(new InsightsFixtures(db));
        byte[] body = as(Roles.ANALYST).get(REPORTS + w.week + "/csv").then().statusCode(200)
                .header("Content-Type", startsWith("text/csv"))
                .header("Content-Disposition", containsString("weekly-report-" + w.week + ".csv"))
                .extract().asByteArray();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0)).isEqualTo("指标 figure,名称 label,单位 unit,本周 " + w.week + ",上周 "
                + InsightsFixtures.isoWeek(w.monday.minusWeeks(1)) + ",变化 change");
        assertThat(lines).contains("own.due,自有回访 应回访 due,count,9,1,8",
                "combined.PRODUCT_QUALITY.rate,合计 产品质量 product quality 满意率 rate,rate,0.6000,1.0000,-0.4000",
                "complaints.category.PARTS,投诉类别 配件 parts,count,1,0,1");
        assertThat(text).contains("\r\n");
    }

    @Test
    void chartsAreWellFormedSvgWithTitlesAxesAndLabels() throws Exception {
        HandCountedWeek w = new HandCountedWeek(new InsightsFixtures(db));
        String radar = as(Roles.ANALYST).get(REPORTS + w.week + "/radar.svg").then().statusCode(200)
                .header("Content-Type", startsWith("image/svg+xml")).extract().asString();
        Document r = xml(radar);
        assertThat(r.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("五维满意度 Five-dimension satisfaction " + w.week);
        assertThat(radar).contains("产品质量 product quality", "60.0% (3/5)", "series-current", "series-previous",
                "上周 " + InsightsFixtures.isoWeek(w.monday.minusWeeks(1)));
        String pareto = as(Roles.ANALYST).get(REPORTS + w.week + "/pareto.svg").then().statusCode(200)
                .extract().asString();
        Document p = xml(pareto);
        assertThat(p.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("投诉帕累托 Complaint Pareto " + w.week);
        assertThat(p.getElementsByTagName("polyline").getLength()).isEqualTo(1);
        assertThat(pareto).contains("投诉数 complaints", "累计占比 cumulative", "配件", "class=\"bar\"");
        assertThat(pareto.split("class=\"bar\"", -1)).hasSize(7); // six categories
    }

    @Test
    void thePageIsHtmlWithBothCharts() {
        HandCountedWeek w = new HandCountedWeek(new InsightsFixtures(db));
        as(Roles.ANALYST).get(REPORTS + w.week + "/page").then().statusCode(200)
                .header("Content-Type", startsWith("text/html"))
                .body(containsString("每周回访分析报告 Weekly follow-up report " + w.week))
                .body(containsString("<svg")).body(containsString("投诉帕累托"));
    }

    @Test
    void anEmptyWeekIsZerosAndAMalformedWeekIs400() {
        String week = InsightsFixtures.isoWeek(InsightsFixtures.freshMonday());
        as(Roles.ANALYST).get(REPORTS + week).then().statusCode(200).body("fiveDimensions.combined.due", equalTo(0))
                .body("index.index", equalTo(0.0f));
        as(Roles.ANALYST).get(REPORTS + week + "/pareto.svg").then().statusCode(200);
        as(Roles.ANALYST).get(REPORTS + "2026-48").then().statusCode(400).body("errors[0].field", equalTo("week"));
        as(Roles.ANALYST).get(REPORTS + "2026-W54/csv").then().statusCode(400);
    }

    public static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}

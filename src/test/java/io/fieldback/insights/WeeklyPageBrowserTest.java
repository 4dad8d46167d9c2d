package io.fieldback.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import io.fieldback.security.Roles;
import io.fieldback.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The weekly page in a real headless Chromium (Debian's chromium and chromium-driver; .ci/run installs
 * them): the browser sends an analyst's bearer token, loads the page, and we read what it shows.
 */
@QuarkusTest
class WeeklyPageBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @Inject
    DataSource db;

    @TestHTTPResource("/api/v1/insights/weekly-reports/")
    URL reports;

    @Test
    void thePageShowsTheFiguresAndBothCharts() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
        HandCountedWeek w = new HandCountedWeek(new InsightsFixtures(db));
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--window-size=1400,2000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        try {
            browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            browser.executeCdpCommand("Network.enable", Map.of());
            browser.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers",
                    Map.of("Authorization", "Bearer " + Tokens.token(Roles.ANALYST, null, null))));
            browser.get(reports + w.week + "/page");

            assertThat(browser.getTitle()).isEqualTo("每周回访分析报告 Weekly follow-up report " + w.week);
            assertThat(browser.findElement(By.id("title")).getText()).contains(w.week);
            assertThat(browser.findElement(By.id("index")).getText()).isEqualTo("66.5");
            assertThat(browser.findElement(By.id("index-change")).getText()).isEqualTo("(-33.5)");

            List<WebElement> rows = browser.findElements(By.cssSelector("#dimensions tr"));
            assertThat(rows).hasSize(6); // header + five dimensions
            assertThat(rows.get(1).getText()).contains("产品质量 product quality", "2 / 3 (66.7%)", "1 / 2 (50.0%)",
                    "3 / 5 (60.0%)", "100.0%", "-40.0 pp");
            WebElement counts = browser.findElement(By.id("counts"));
            assertThat(counts.getText()).contains("应回访 due 9 2 11 1 +10");

            WebElement radar = browser.findElement(By.cssSelector("#radar-chart svg"));
            assertThat(radar.getSize().getWidth()).isGreaterThan(300);
            assertThat(radar.findElement(By.tagName("text")).getText())
                    .isEqualTo("五维满意度 Five-dimension satisfaction " + w.week);
            assertThat(radar.findElements(By.cssSelector("polygon.series-current"))).hasSize(1);
            assertThat(radar.findElements(By.cssSelector("text.axis-label"))).extracting(WebElement::getText)
                    .containsExactly("产品质量 product quality", "服务态度 service attitude", "响应速度 response speed",
                            "主动解决 proactive solving", "无其他问题 nothing else to report");

            WebElement pareto = browser.findElement(By.cssSelector("#pareto-chart svg"));
            assertThat(pareto.getSize().getHeight()).isGreaterThan(300);
            List<WebElement> bars = pareto.findElements(By.cssSelector("rect.bar"));
            assertThat(bars).hasSize(6);
            assertThat(bars.get(0).getSize().getHeight()).isGreaterThan(bars.get(1).getSize().getHeight());
            assertThat(pareto.findElements(By.cssSelector("polyline.cumulative"))).hasSize(1);
            assertThat(pareto.findElements(By.cssSelector("text.category-label"))).extracting(WebElement::getText)
                    .startsWith("产品质量", "配件");
            // what a manager sees, kept for a look: target/insights-weekly-page.png
            Files.write(Path.of("target", "insights-weekly-page.png"), browser.getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.quit();
        }
    }
}

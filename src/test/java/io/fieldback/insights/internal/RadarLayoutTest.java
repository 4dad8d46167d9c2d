package io.fieldback.insights.internal;

import io.fieldback.insights.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.fieldback.followup.Dimension;

/** The radar's labels stay inside its picture (issue 14: they were cut at the edges in Chromium with CJK fonts). */
class RadarLayoutTest {

    @Test
    void widthsCountCjkAsOneEmAndTheRestAsSevenTenths() {
        // hand count: 4 Han glyphs at 10 px, then " ab" 3 x 7 px
        assertThat(Svg.textWidth("产品质量 ab", 10)).isEqualTo(61.0);
        assertThat(Svg.textWidth("、（", 10)).isEqualTo(20.0);
    }

    @Test
    void everyTextBoxLiesWithinTheViewBox() throws Exception {
        List<SourceFigures.DimensionFigure> figures = Arrays.stream(Dimension.values())
                .map(d -> new SourceFigures.DimensionFigure(d, d.name().toLowerCase(), 99_999, 99_999, BigDecimal.ONE))
                .toList();
        Document svg = WeeklyReportTest.xml(Charts.radar("2026-W48", "2026-W47", figures, figures));

        double[] viewBox = Arrays.stream(svg.getDocumentElement().getAttribute("viewBox").split(" "))
                .mapToDouble(Double::parseDouble).toArray();
        NodeList texts = svg.getElementsByTagName("text");
        assertThat(texts.getLength()).isGreaterThan(10);
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            double x = Double.parseDouble(text.getAttribute("x"));
            double y = Double.parseDouble(text.getAttribute("y"));
            int size = Integer.parseInt(text.getAttribute("font-size"));
            double width = Svg.textWidth(text.getTextContent(), size);
            double left = switch (text.getAttribute("text-anchor")) {
                case "middle" -> x - width / 2;
                case "end" -> x - width;
                default -> x;
            };
            assertThat(left).as("left edge of %s", text.getTextContent()).isGreaterThanOrEqualTo(viewBox[0]);
            assertThat(left + width).as("right edge of %s", text.getTextContent())
                    .isLessThanOrEqualTo(viewBox[0] + viewBox[2]);
            assertThat(y - size).as("top of %s", text.getTextContent()).isGreaterThanOrEqualTo(viewBox[1]);
            assertThat(y + size * 0.3).as("bottom of %s", text.getTextContent())
                    .isLessThanOrEqualTo(viewBox[1] + viewBox[3]);
        }
    }
}

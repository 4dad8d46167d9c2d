package io.fieldback.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * bench/RESULTS.md: one section per benchmark (a "## " heading, a few lines on the columns, a table); a run adds
 * its row at the end of its own section's table, wherever the section sits in the file.
 */
public final class Results {

    static final String PREAMBLE = """
            # Benchmark results

            One line per run of a benchmark in `bench/` (see bench/README.md), appended by the run itself.
            Absolute figures depend on the machine and on whatever else ran at the time; the ratios
            compare figures measured in the same run, and are what the targets are about.
            """;

    private Results() {
    }

    /** ", load average a b c at HH:MM (when)" from /proc/loadavg, for a row's notes; empty where there is none. */
    public static String loadNow(String when) {
        try {
            String[] avg = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return ", load average " + avg[0] + " " + avg[1] + " " + avg[2] + " at "
                    + java.time.LocalTime.now(java.time.ZoneOffset.UTC).toString().substring(0, 5) + " (" + when + ")";
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * Adds the row to the table of the section whose text (heading first, then the column notes and the table's
     * two header lines) is given; a missing file or section is created from that text first, at the end.
     */
    public static void record(Path results, String sectionText, String row) throws IOException {
        List<String> lines = Files.exists(results)
                ? new ArrayList<>(Files.readAllLines(results, StandardCharsets.UTF_8))
                : new ArrayList<>(List.of(PREAMBLE.split("\n", -1)));
        String heading = sectionText.lines().findFirst().orElseThrow();
        int section = lines.indexOf(heading);
        if (section < 0) {
            while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
                lines.remove(lines.size() - 1);
            }
            lines.add("");
            section = lines.size();
            lines.addAll(sectionText.stripTrailing().lines().toList());
        }
        int end = section + 1;
        while (end < lines.size() && !lines.get(end).startsWith("|") && !lines.get(end).startsWith("#")) {
            end++;
        }
        while (end < lines.size() && lines.get(end).startsWith("|")) {
            end++;
        }
        lines.add(end, row.stripTrailing());
        Files.write(results, lines, StandardCharsets.UTF_8);
        System.out.println("recorded in " + results);
    }
}

package news.verbatim.bench.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The harness's results: every figure under a dotted name for {@code results.json}, and the table rows that set a
 * measured figure against the target.
 */
final class Report {

    /** One line of the table; {@code met} is empty where the issue sets no target. */
    record Row(String what, String measured, String target, String met) {}

    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final List<Row> rows = new ArrayList<>();

    void put(String name, Object value) {
        figures.put(name, value);
    }

    /** A row with a target "at most {@code limit}": met when {@code value ≤ limit}, with the ratio value/limit. */
    void atMost(String what, double value, String unit, double limit) {
        rows.add(new Row(
                what,
                format(value) + " " + unit,
                "≤ " + format(limit) + " " + unit,
                verdict(value <= limit, value / limit)));
    }

    /** A row with a target "at least {@code floor}": met when {@code value ≥ floor}, with the ratio value/floor. */
    void atLeast(String what, double value, String unit, double floor) {
        rows.add(new Row(
                what,
                format(value) + " " + unit,
                "≥ " + format(floor) + " " + unit,
                verdict(value >= floor, value / floor)));
    }

    void info(String what, String measured) {
        rows.add(new Row(what, measured, "", ""));
    }

    void check(String what, String measured, String target, boolean met) {
        rows.add(new Row(what, measured, target, met ? "met" : "**missed**"));
    }

    String markdown() {
        StringBuilder s = new StringBuilder("| what | measured | target | met (ratio) |\n|---|---|---|---|\n");
        for (Row row : rows) {
            s.append("| ")
                    .append(row.what())
                    .append(" | ")
                    .append(row.measured())
                    .append(" | ");
            s.append(row.target()).append(" | ").append(row.met()).append(" |\n");
        }
        return s.toString();
    }

    void write(Path json, Path markdown) throws IOException {
        Map<String, Object> all = new LinkedHashMap<>(figures);
        all.put("table", rows);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), all);
        Files.writeString(markdown, markdown());
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        double abs = Math.abs(value);
        String pattern = abs >= 100 ? "%,.0f" : abs >= 10 ? "%.1f" : abs >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, pattern, value);
    }

    private static String verdict(boolean met, double ratio) {
        return (met ? "met" : "**missed**") + " (" + format(ratio) + "×)";
    }
}

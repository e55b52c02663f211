package app.bettertalk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** How commands print: one JSON document for scripts, or aligned columns for people. */
public final class Output {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Output() {
    }

    public static void json(PrintWriter out, Object document) {
        try {
            out.println(JSON.writeValueAsString(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** Rows under a header, each column as wide as its widest cell. */
    public static void table(PrintWriter out, List<String> header, List<List<String>> rows) {
        var widths = new ArrayList<Integer>();
        header.forEach(cell -> widths.add(cell.length()));
        for (var row : rows) {
            for (var i = 0; i < row.size(); i++) {
                widths.set(i, Math.max(widths.get(i), row.get(i).length()));
            }
        }
        print(out, header, widths);
        rows.forEach(row -> print(out, row, widths));
    }

    private static void print(PrintWriter out, List<String> row, List<Integer> widths) {
        var line = new StringBuilder();
        for (var i = 0; i < row.size(); i++) {
            line.append(i == row.size() - 1 ? row.get(i) : String.format("%-" + widths.get(i) + "s  ", row.get(i)));
        }
        out.println(line.toString().stripTrailing());
    }
}

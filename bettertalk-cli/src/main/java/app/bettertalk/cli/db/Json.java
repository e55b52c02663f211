package app.bettertalk.cli.db;

import app.bettertalk.mysql.MigrationState;

import java.util.List;
import java.util.stream.Collectors;

/** The few JSON documents the db commands print, written by hand: they are flat and all values are strings. */
final class Json {
    private Json() {
    }

    static String status(String database, List<MigrationState> migrations) {
        var rows = migrations.stream().map(m -> "{\"version\":" + string(m.version()) + ",\"state\":"
                        + string(m.state()) + ",\"description\":" + string(m.description()) + ",\"appliedAt\":"
                        + (m.pending() ? "null" : string(m.appliedAt().toString())) + "}")
                .collect(Collectors.joining(","));
        var pending = migrations.stream().filter(MigrationState::pending).count();
        return "{\"database\":" + string(database) + ",\"applied\":" + (migrations.size() - pending)
                + ",\"pending\":" + pending + ",\"migrations\":[" + rows + "]}";
    }

    static String string(String value) {
        var escaped = new StringBuilder("\"");
        for (var c : value.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> {
                    if (c < 0x20) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.append('"').toString();
    }
}

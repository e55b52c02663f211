package app.bettertalk.cli.emails;

/** JSON string literals for the documents the emails commands print by hand. */
final class Json {
    private Json() {
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
                default -> escaped.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return escaped.append('"').toString();
    }
}

package app.bettertalk.core.mentor;

/** The kinds of filter a directory search may carry, from the narrowest (free text) to the broadest. */
public enum DirectoryFilter {
    TEXT, PRICE, LANGUAGE, TOPIC, ACTIVE_PLAN
}

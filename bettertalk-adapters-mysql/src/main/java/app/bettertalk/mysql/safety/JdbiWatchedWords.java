package app.bettertalk.mysql.safety;

import app.bettertalk.core.safety.WatchedWord;
import app.bettertalk.core.safety.WatchedWords;
import app.bettertalk.core.safety.WordAction;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.mysql.Columns;
import org.jdbi.v3.core.Jdbi;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** {@link WatchedWords} in {@code watched_words}, one row per folded word, kept as its UTF-8 bytes. */
public final class JdbiWatchedWords implements WatchedWords {
    private final Jdbi jdbi;

    public JdbiWatchedWords(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<WatchedWord> all() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM watched_words")
                .map((rs, ctx) -> new WatchedWord(new String(rs.getBytes("word"), StandardCharsets.UTF_8),
                        WordAction.valueOf(rs.getString("action").toUpperCase(Locale.ROOT)),
                        new UserId(Columns.uuid(rs, "added_by")), Columns.instant(rs, "added_at")))
                .list()).stream().sorted(Comparator.comparing(WatchedWord::word)).toList();
    }

    @Override
    public void put(WatchedWord word) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO watched_words (word, action, added_by, added_at) VALUES (?, ?, ?, ?)
                        ON DUPLICATE KEY UPDATE action = ?, added_by = ?, added_at = ?""")
                .bind(0, word.word().getBytes(StandardCharsets.UTF_8))
                .bind(1, word.action().name()).bind(2, Columns.id(word.addedBy().value()))
                .bind(3, Columns.at(word.addedAt()))
                .bind(4, word.action().name()).bind(5, Columns.id(word.addedBy().value()))
                .bind(6, Columns.at(word.addedAt())).execute());
    }

    @Override
    public boolean remove(String word) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM watched_words WHERE word = ?")
                .bind(0, word.getBytes(StandardCharsets.UTF_8)).execute()) > 0;
    }
}

package app.bettertalk.mysql.bench;

import app.bettertalk.core.ContractRows;
import app.bettertalk.core.Stores;
import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.chat.ChatThread;
import app.bettertalk.core.chat.Message;
import app.bettertalk.core.chat.MessageId;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.mysql.Columns;
import app.bettertalk.mysql.Target;
import app.bettertalk.mysql.TestDatabases;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Not a test: a benchmark run by hand ({@code -Dtest=EncryptionBenchmark}; surefire's includes never pick it up). On
 * MariaDB (the test server) and on H2 it measures the cost of encryption at rest where it is largest, at the store:
 * sending is {@code JdbiChatMessages.addOnce} in a transaction from 4 threads, reading is {@code latest(chat, 50)};
 * the baseline runs the very same statements through the same pool with the text in the clear, into chats of its
 * own. Baseline and candidate alternate in pairs (2 warm-up pairs, then {@code -Dbenchmark.pairs=N}, default 5) and
 * it prints each throughput, the median ratio (candidate / baseline) and the worst pair. It asserts nothing about
 * speed.
 */
class EncryptionBenchmark {
    private static final String TEXT = "I couldn't sleep again last night. The thoughts came back around 3 am and "
            + "I kept thinking about what you said on Tuesday: नमस्ते, one breath at a time 🌱. Can we talk about work?";
    private static final int THREADS = 4;
    private static final int CHATS = 40;
    private static final int READ_LIMIT = 50;

    @Test
    void message_send_and_chat_read_on_mariadb_against_the_same_statements_in_the_clear() throws Exception {
        run(Target.SERVER, Integer.getInteger("benchmark.sends", 2_000));
    }

    @Test
    void message_send_and_chat_read_on_h2_against_the_same_statements_in_the_clear() throws Exception {
        run(Target.H2, Integer.getInteger("benchmark.sends", 5_000));
    }

    private static void run(Target target, int sends) throws Exception {
        var pairs = Integer.getInteger("benchmark.pairs", 5);
        var database = TestDatabases.emptied(EncryptionBenchmark.class, target);
        var stores = TestDatabases.stores(database);
        var sealedChats = chats(stores, "s");
        var clearChats = chats(stores, "c");
        var sendRatios = new ArrayList<Double>();
        var readRatios = new ArrayList<Double>();
        var sendRates = new double[2];
        var readRates = new double[2];
        for (var pair = -2; pair < pairs; pair++) {
            var sealedFirst = pair % 2 == 0;
            double sealedSend;
            double clearSend;
            if (sealedFirst) {
                sealedSend = rate(sends, i -> sealedSend(stores, sealedChats.get(i % CHATS), i));
                clearSend = rate(sends, i -> clearSend(database.jdbi(), clearChats.get(i % CHATS), i));
            } else {
                clearSend = rate(sends, i -> clearSend(database.jdbi(), clearChats.get(i % CHATS), i));
                sealedSend = rate(sends, i -> sealedSend(stores, sealedChats.get(i % CHATS), i));
            }
            var reads = sends / 2;
            double sealedRead;
            double clearRead;
            if (sealedFirst) {
                sealedRead = rate(reads, i -> stores.chatMessages().latest(sealedChats.get(i % CHATS).id(), READ_LIMIT));
                clearRead = rate(reads, i -> clearLatest(database.jdbi(), clearChats.get(i % CHATS).id()));
            } else {
                clearRead = rate(reads, i -> clearLatest(database.jdbi(), clearChats.get(i % CHATS).id()));
                sealedRead = rate(reads, i -> stores.chatMessages().latest(sealedChats.get(i % CHATS).id(), READ_LIMIT));
            }
            if (pair < 0) {
                continue;
            }
            sendRatios.add(sealedSend / clearSend);
            readRatios.add(sealedRead / clearRead);
            sendRates[0] += sealedSend / pairs;
            sendRates[1] += clearSend / pairs;
            readRates[0] += sealedRead / pairs;
            readRates[1] += clearRead / pairs;
            System.out.printf("%s pair %d: send sealed %.0f/s clear %.0f/s (%.3f); read sealed %.0f/s clear %.0f/s "
                    + "(%.3f)%n", target, pair + 1, sealedSend, clearSend, sealedSend / clearSend, sealedRead,
                    clearRead, sealedRead / clearRead);
        }
        System.out.printf("%s, %d cores, %d threads, %d sends and %d reads of %d messages per run, %d pairs: "
                        + "send %.0f/s sealed vs %.0f/s clear, median ratio %.3f (worst %.3f); "
                        + "read %.0f/s vs %.0f/s, median ratio %.3f (worst %.3f)%n",
                target, Runtime.getRuntime().availableProcessors(), THREADS, sends, sends / 2, READ_LIMIT, pairs,
                sendRates[0], sendRates[1], median(sendRatios), min(sendRatios), readRates[0], readRates[1],
                median(readRatios), min(readRatios));
    }

    private static List<ChatThread> chats(Stores stores, String prefix) {
        var rows = new ContractRows(stores);
        var chats = new ArrayList<ChatThread>();
        for (var i = 0; i < CHATS; i++) {
            chats.add(rows.thread(rows.user(prefix + "user_" + i), rows.mentor(prefix + "guide_" + i)));
        }
        return chats;
    }

    private static final AtomicInteger CLIENT_IDS = new AtomicInteger();

    private static void sealedSend(Stores stores, ChatThread chat, int i) {
        var message = new Message(MessageId.random(), chat.id(), chat.user(), "b" + CLIENT_IDS.incrementAndGet(),
                TEXT, ContractRows.at(i % 1000));
        stores.unitOfWork().inTransaction(() -> stores.chatMessages().addOnce(message));
    }

    /** The INSERT {@code JdbiChatMessages.addOnce} runs, in a transaction, with the text as it is. */
    private static void clearSend(Jdbi jdbi, ChatThread chat, int i) {
        jdbi.useTransaction(handle -> handle.createUpdate("""
                        INSERT INTO chat_messages (id, chat_id, sender_id, client_message_id, message_text, sent_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .bind(0, Columns.id(MessageId.random().value())).bind(1, Columns.id(chat.id().value()))
                .bind(2, Columns.id(chat.user().value())).bind(3, "b" + CLIENT_IDS.incrementAndGet())
                .bind(4, TEXT).bind(5, Columns.at(ContractRows.at(i % 1000))).execute());
    }

    /** The query of {@code JdbiChatMessages.latest(chat, limit)}, mapped to messages, with the text as stored. */
    private static List<Message> clearLatest(Jdbi jdbi, ChatId chat) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM (SELECT * FROM chat_messages WHERE chat_id = ? AND hidden_at IS NULL ORDER BY seq DESC
                            LIMIT ?) newest
                        ORDER BY seq""")
                .bind(0, Columns.id(chat.value())).bind(1, READ_LIMIT)
                .map((rs, ctx) -> new Message(new MessageId(Columns.uuid(rs, "id")),
                        new ChatId(Columns.uuid(rs, "chat_id")), new UserId(Columns.uuid(rs, "sender_id")),
                        rs.getString("client_message_id"), rs.getString("message_text"),
                        Columns.instant(rs, "sent_at")))
                .list());
    }

    /** Runs {@code work} {@code count} times over {@link #THREADS} threads; returns runs per second. */
    private static double rate(int count, java.util.function.IntConsumer work) throws Exception {
        var next = new AtomicInteger();
        var start = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(THREADS)) {
            var futures = new ArrayList<java.util.concurrent.Future<?>>();
            for (var t = 0; t < THREADS; t++) {
                futures.add(pool.submit(() -> {
                    for (var i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        work.accept(i);
                    }
                }));
            }
            for (var future : futures) {
                future.get();
            }
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private static double median(List<Double> values) {
        var sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }
}

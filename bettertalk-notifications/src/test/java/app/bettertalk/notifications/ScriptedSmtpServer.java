package app.bettertalk.notifications;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny SMTP server on a free loopback port that answers as the test scripted: the next replies to {@code RCPT TO}
 * and to the end of {@code DATA} can be set (say {@code 451} then {@code 250}); everything else is accepted. It keeps
 * the messages it accepted. GreenMail cannot be told to answer 4xx, which is why this exists.
 */
final class ScriptedSmtpServer implements AutoCloseable {
    private final ServerSocket socket;
    private final Deque<String> rcptReplies = new ArrayDeque<>();
    private final Deque<String> dataReplies = new ArrayDeque<>();
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    ScriptedSmtpServer() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor = Thread.ofVirtual().start(this::serve);
    }

    int port() {
        return socket.getLocalPort();
    }

    /** The next {@code RCPT TO} commands get these replies, in order; then 250. */
    synchronized ScriptedSmtpServer answerRecipients(String... replies) {
        rcptReplies.addAll(List.of(replies));
        return this;
    }

    /** The next messages get these replies after their data, in order; then 250. */
    synchronized ScriptedSmtpServer answerData(String... replies) {
        dataReplies.addAll(List.of(replies));
        return this;
    }

    /** The raw text of every message the server accepted with a 250. */
    List<String> accepted() {
        return List.copyOf(accepted);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try {
                var client = socket.accept();
                Thread.ofVirtual().start(() -> converse(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client;
             var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
             var out = new PrintWriter(new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8))) {
            reply(out, "220 scripted.test ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                var command = line.length() < 4 ? line.toUpperCase(Locale.ROOT)
                        : line.substring(0, 4).toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 scripted.test");
                    case "RCPT" -> reply(out, next(rcptReplies, "250 2.1.5 OK"));
                    case "DATA" -> {
                        reply(out, "354 go ahead");
                        var message = new StringBuilder();
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            message.append(line).append("\r\n");
                        }
                        var answer = next(dataReplies, "250 2.0.0 queued");
                        if (answer.startsWith("250")) {
                            accepted.add(message.toString());
                        }
                        reply(out, answer);
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 OK");
                }
            }
        } catch (IOException ignored) {
            // The client hung up; the next one gets a fresh conversation.
        }
    }

    private synchronized String next(Deque<String> replies, String otherwise) {
        var scripted = replies.poll();
        return scripted == null ? otherwise : scripted;
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        acceptor.interrupt();
    }
}

package app.bettertalk.redis;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A redis-server of this test's own on a free loopback port, saving nothing, for tests that stop or kill Redis:
 * the shared one on 6379 is never touched that way.
 */
final class PrivateRedis implements AutoCloseable {
    private static final Path SERVER = Path.of("/usr/bin/redis-server");

    final int port;
    private Process process;

    PrivateRedis() {
        this.port = freePort();
    }

    /** A port nothing listens on (yet). */
    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    String url() {
        return "redis://127.0.0.1:" + port;
    }

    PrivateRedis start() {
        if (!Files.isExecutable(SERVER)) {
            throw new IllegalStateException(SERVER + " is missing: install it with apt-get install -y redis-server "
                    + "(.ci/run does this on a fresh machine)");
        }
        try {
            process = new ProcessBuilder(SERVER.toString(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IllegalStateException("redis-server did not start", e);
        }
        var deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            try (var probe = new Socket("127.0.0.1", port)) {
                return this;
            } catch (IOException notYet) {
                Thread.onSpinWait();
            }
        }
        throw new IllegalStateException("redis-server did not listen on " + port + " within 10 s");
    }

    /** Kills the server as a crash would. */
    void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        kill();
    }
}

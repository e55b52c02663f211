package app.bettertalk.cli;

import app.bettertalk.core.mailing.UnsubscribeTokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The server's secret, which signs unsubscribe links: {@code BETTERTALK_SECRET} (or {@code secret} in the config
 * file) when set, else the file {@code $BETTERTALK_HOME/secret}, generated on first need with 32 random bytes and
 * readable by its owner only. Every process of one deployment must share it, or links one signed fail at another.
 */
final class ServerSecret {
    private static final SecureRandom RANDOM = new SecureRandom();

    private ServerSecret() {
    }

    static byte[] of(Settings settings) {
        var configured = settings.mail().secret();
        if (!configured.isEmpty()) {
            var bytes = configured.getBytes(StandardCharsets.UTF_8);
            if (bytes.length < UnsubscribeTokens.MIN_SECRET_BYTES) {
                throw new IllegalArgumentException("BETTERTALK_SECRET must be at least "
                        + UnsubscribeTokens.MIN_SECRET_BYTES + " characters long");
            }
            return bytes;
        }
        return fromFile(settings.home().resolve("secret"));
    }

    private static byte[] fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            var text = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (text.length() < UnsubscribeTokens.MIN_SECRET_BYTES) {
                throw new IllegalArgumentException(file + " holds no usable secret: delete it to make a new one");
            }
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the secret " + file + ": " + e.getMessage(), e);
        }
    }

    /** Written whole under another name, then linked into place: a racing process sees it complete or not at all. */
    private static void create(Path file) throws IOException {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var partial = OwnerOnly.partialBeside(file, ".secret-");
        try {
            Files.writeString(partial, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "\n");
            Files.createLink(file, partial);
        } catch (FileAlreadyExistsException anotherProcessWasFirst) {
            // Theirs is as good as ours, and both now read the same one.
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}

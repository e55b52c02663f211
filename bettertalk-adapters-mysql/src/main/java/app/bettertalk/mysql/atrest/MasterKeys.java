package app.bettertalk.mysql.atrest;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The master keys that wrap data keys, oldest first: the newest wraps every new data key, the older ones still
 * unwrap the data keys they wrapped until a rotation re-wraps those. Written as text, one {@code id:base64} line per
 * key; an error names the line, never a key.
 */
public final class MasterKeys {
    static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")
            .withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One master key and the name data keys record it by. */
    public record MasterKey(String id, SecretKey key) {
        @Override
        public String toString() {
            return "MasterKey[" + id + "]";
        }
    }

    /** A data key as stored: the master key that wrapped it and the wrapped bytes. */
    public record Wrapped(String masterKeyId, byte[] bytes) {
    }

    private final List<MasterKey> keys;

    private MasterKeys(List<MasterKey> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no master key");
        }
        this.keys = List.copyOf(keys);
    }

    /** One freshly generated master key, named after {@code now}. */
    public static MasterKeys generate(Instant now) {
        return new MasterKeys(List.of(newKey(now)));
    }

    /** Parses the text of a key file; {@code where} names it in errors. */
    public static MasterKeys parse(String text, String where) {
        var keys = new ArrayList<MasterKey>();
        var number = 0;
        for (var line : text.lines().toList()) {
            number++;
            var trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            var colon = trimmed.indexOf(':');
            var id = colon < 0 ? "" : trimmed.substring(0, colon);
            byte[] bytes;
            try {
                bytes = colon < 0 ? new byte[0] : Base64.getDecoder().decode(trimmed.substring(colon + 1));
            } catch (IllegalArgumentException notBase64) {
                bytes = new byte[0];
            }
            if (!ID.matcher(id).matches() || bytes.length != KEY_BYTES) {
                throw new IllegalArgumentException(where + " line " + number
                        + ": a master key is id:base64 of 32 bytes");
            }
            for (var earlier : keys) {
                if (earlier.id().equals(id)) {
                    throw new IllegalArgumentException(where + " line " + number + ": master key " + id
                            + " is there twice");
                }
            }
            keys.add(new MasterKey(id, new SecretKeySpec(bytes, "AES")));
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException(where + " holds no master key");
        }
        return new MasterKeys(keys);
    }

    /** The text {@link #parse} reads back. */
    public String format() {
        var text = new StringBuilder("""
                # BetterTalk master keys, oldest first: the last one wraps new data keys. Keep this file secret and
                # backed up, apart from the database: without it no message, note or safety plan can be read.
                """);
        for (var key : keys) {
            text.append(key.id()).append(':').append(Base64.getEncoder().encodeToString(key.key().getEncoded()))
                    .append('\n');
        }
        return text.toString();
    }

    /** These keys and a new one after them, which becomes the current key. */
    public MasterKeys withNewKey(Instant now) {
        var all = new ArrayList<>(keys);
        all.add(newKey(now));
        return new MasterKeys(all);
    }

    /** These keys without {@code id}, which must not be the current one. */
    public MasterKeys without(String id) {
        if (current().id().equals(id)) {
            throw new IllegalArgumentException("master key " + id + " is the current one");
        }
        return new MasterKeys(keys.stream().filter(key -> !key.id().equals(id)).toList());
    }

    public MasterKey current() {
        return keys.getLast();
    }

    public List<MasterKey> all() {
        return keys;
    }

    public Optional<MasterKey> byId(String id) {
        return keys.stream().filter(key -> key.id().equals(id)).findFirst();
    }

    /** Wraps {@code dataKey} with the current key, bound to {@code scope}. */
    Wrapped wrap(String scope, SecretKey dataKey) {
        var master = current();
        return new Wrapped(master.id(), Aead.seal(master.key(), dataKey.getEncoded(), aad(scope)));
    }

    /** The data key {@code wrapped} holds; fails if its master key is not here or does not open it. */
    SecretKey unwrap(String scope, Wrapped wrapped) {
        var master = byId(wrapped.masterKeyId()).orElseThrow(() -> new MasterKeyMismatch("the database holds data "
                + "keys wrapped by master key " + wrapped.masterKeyId() + ", which is not among the master keys given"));
        try {
            return new SecretKeySpec(Aead.open(master.key(), wrapped.bytes(), aad(scope)), "AES");
        } catch (GeneralSecurityException e) {
            throw new MasterKeyMismatch("master key " + master.id() + " does not open the database's data keys it "
                    + "should: a wrong key file?");
        }
    }

    private static byte[] aad(String scope) {
        return ("bettertalk data key " + scope).getBytes(StandardCharsets.UTF_8);
    }

    private static MasterKey newKey(Instant now) {
        var bytes = new byte[KEY_BYTES];
        RANDOM.nextBytes(bytes);
        var suffix = new byte[2];
        RANDOM.nextBytes(suffix);
        return new MasterKey("mk-" + STAMP.format(now) + "-" + HexFormat.of().formatHex(suffix),
                new SecretKeySpec(bytes, "AES"));
    }

    /**
     * AES-256-GCM with a random 96-bit nonce written before the ciphertext. Ciphers are kept for reuse (each use
     * starts with a fresh key and nonce): looking one up costs more than sealing a message.
     */
    static final class Aead {
        private static final java.util.concurrent.ConcurrentLinkedQueue<Cipher> SPARE =
                new java.util.concurrent.ConcurrentLinkedQueue<>();
        private static final int MOST_SPARE = 64;

        private Aead() {
        }

        private static Cipher take() throws GeneralSecurityException {
            var cipher = SPARE.poll();
            return cipher != null ? cipher : Cipher.getInstance("AES/GCM/NoPadding");
        }

        private static void giveBack(Cipher cipher) {
            if (SPARE.size() < MOST_SPARE) {
                SPARE.offer(cipher);
            }
        }

        static byte[] seal(SecretKey key, byte[] plain, byte[] aad) {
            try {
                var nonce = new byte[NONCE_BYTES];
                RANDOM.nextBytes(nonce);
                var cipher = take();
                cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
                cipher.updateAAD(aad);
                var sealed = new byte[NONCE_BYTES + cipher.getOutputSize(plain.length)];
                System.arraycopy(nonce, 0, sealed, 0, NONCE_BYTES);
                cipher.doFinal(plain, 0, plain.length, sealed, NONCE_BYTES);
                giveBack(cipher);
                return sealed;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM is not available: " + e.getClass().getSimpleName(), e);
            }
        }

        static byte[] open(SecretKey key, byte[] sealed, byte[] aad) throws GeneralSecurityException {
            if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
                throw new javax.crypto.AEADBadTagException("too short");
            }
            var cipher = take();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(aad);
            var plain = cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
            giveBack(cipher);
            return plain;
        }
    }
}

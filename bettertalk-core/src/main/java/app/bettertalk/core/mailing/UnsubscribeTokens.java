package app.bettertalk.core.mailing;

import app.bettertalk.core.notification.EmailKind;
import app.bettertalk.core.shared.UserId;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Signed unsubscribe tokens: {@code <person>.<kind>.<signature>}, the person's id in base64url, the kind in lower
 * case and an HMAC-SHA256 of both under the server's secret. Only the server can make one, so a link works without
 * signing in yet nobody can turn off someone else's emails. Tokens do not expire: an old email's link keeps working.
 */
public final class UnsubscribeTokens {
    /** The shortest secret accepted, in bytes: HMAC-SHA256's own block of security. */
    public static final int MIN_SECRET_BYTES = 32;

    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] PURPOSE = "bettertalk/unsubscribe/v1\n".getBytes(StandardCharsets.UTF_8);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    public UnsubscribeTokens(byte[] secret) {
        if (secret == null || secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the unsubscribe secret must be at least " + MIN_SECRET_BYTES
                    + " bytes long");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
    }

    /** The token for {@code person} to turn {@code kind} off; only optional kinds have one. */
    public String issue(UserId person, EmailKind kind) {
        var payload = payload(new Unsubscription(person, kind));
        return payload + "." + ENCODER.encodeToString(sign(payload));
    }

    /** What a token asks, if this server signed it; anything else, however shaped, is empty. */
    public Optional<Unsubscription> read(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        var parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        var payload = parts[0] + "." + parts[1];
        try {
            // Compared as text, so no second spelling of a signature (base64's unused bits) is accepted.
            var expected = ENCODER.encodeToString(sign(payload)).getBytes(StandardCharsets.US_ASCII);
            if (!MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.UTF_8))) {
                return Optional.empty();
            }
            var id = ByteBuffer.wrap(DECODER.decode(parts[0]));
            var kind = EmailKind.valueOf(parts[1].toUpperCase(Locale.ROOT));
            if (id.remaining() != 16 || !kind.optional()) {
                return Optional.empty();
            }
            return Optional.of(new Unsubscription(new UserId(new UUID(id.getLong(), id.getLong())), kind));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static String payload(Unsubscription unsubscription) {
        var id = unsubscription.person().value();
        var bytes = ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        return ENCODER.encodeToString(bytes.array()) + "." + unsubscription.kind().name().toLowerCase(Locale.ROOT);
    }

    private byte[] sign(String payload) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(PURPOSE);
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this JDK", e);
        }
    }
}

package app.bettertalk.core.identity;

import app.bettertalk.core.shared.DomainException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret a browser holds for a sign-in session: 32 random bytes, URL-safe. Only its SHA-256 {@link #hash()} is
 * stored, so a copy of the database signs nobody in.
 */
public record SessionToken(String value) {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    public SessionToken {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new DomainException.Validation("session", "is not a session token");
        }
    }

    public static SessionToken random() {
        return new SessionToken(randomText());
    }

    /** 32 random bytes as 43 URL-safe characters; also what CSRF tokens are made of. */
    public static String randomText() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String hash() {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "SessionToken[hidden]";
    }
}

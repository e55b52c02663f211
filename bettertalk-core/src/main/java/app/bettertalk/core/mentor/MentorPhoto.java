package app.bettertalk.core.mentor;

import app.bettertalk.core.shared.UserId;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A mentor's photo. {@code version} names its content (the start of its SHA-256), so a URL carrying it may be cached
 * for good: a new photo, or one removed and uploaded again, never reuses the version of a different picture.
 */
public record MentorPhoto(UserId mentor, Portrait portrait, String version, Instant updatedAt) {
    private static final Pattern VERSION = Pattern.compile("[0-9a-f]{16}");

    public MentorPhoto {
        Objects.requireNonNull(mentor, "mentor");
        Objects.requireNonNull(portrait, "portrait");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (version == null || !VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("a photo version is 16 lower-case hex digits: " + version);
        }
    }

    /** {@code portrait} as {@code mentor}'s photo from {@code at}, its version taken from its content. */
    public static MentorPhoto of(UserId mentor, Portrait portrait, Instant at) {
        return new MentorPhoto(mentor, portrait, versionOf(portrait), at);
    }

    static String versionOf(Portrait portrait) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(portrait.type().name().getBytes(StandardCharsets.US_ASCII));
            digest.update(portrait.bytes());
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}

package app.bettertalk.core.mentor;

import app.bettertalk.core.shared.Port;

/**
 * Turns an uploaded image into a {@link Portrait}: decodes it, crops the centre square, scales it to
 * {@value Portrait#SIDE} pixels and encodes it again from its pixels. Image decoding is an adapter's work; the core
 * only sees the bytes going in and the portrait coming out.
 */
@Port
public interface PhotoCropper {
    /**
     * The portrait of {@code upload}; {@code Validation("photo", ...)} for anything that is not a JPEG or PNG image
     * it can decode safely (another format, a broken file, dimensions too large to decode).
     */
    Portrait crop(byte[] upload);
}

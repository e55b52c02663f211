package app.bettertalk.core.mentor;

import app.bettertalk.core.shared.DomainException;

import java.util.Arrays;
import java.util.Objects;

/**
 * A photo as it is kept and served: square, {@value #SIDE} pixels a side, encoded afresh from its pixels by a
 * {@link PhotoCropper}, so nothing the upload carried besides the picture (camera, place, comments) survives.
 */
public record Portrait(PhotoType type, byte[] bytes) {
    public static final int SIDE = 256;
    /** Far above what a {@value #SIDE}-pixel image encodes to; a store never has to keep more. */
    public static final int MAX_BYTES = 1024 * 1024;

    public Portrait {
        Objects.requireNonNull(type, "type");
        if (bytes == null || bytes.length == 0 || bytes.length > MAX_BYTES) {
            throw new DomainException.Validation("photo", "must be 1 byte to 1 MB once cropped");
        }
        bytes = bytes.clone();
    }

    /** A copy of the encoded image. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Portrait other && type == other.type && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Portrait[" + type + ", " + bytes.length + " bytes]";
    }
}

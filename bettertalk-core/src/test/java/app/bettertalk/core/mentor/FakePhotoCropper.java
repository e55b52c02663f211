package app.bettertalk.core.mentor;

import app.bettertalk.core.shared.DomainException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link PhotoCropper} for core tests, which decode no image: an upload starting with {@code "PNG"} becomes a PNG
 * portrait, one starting with {@code "JPG"} a JPEG one (the portrait's bytes are the upload's, marked), and anything
 * else is refused as the real cropper refuses what it cannot read. It remembers what it was given.
 */
public final class FakePhotoCropper implements PhotoCropper {
    private final List<Integer> uploadSizes = new ArrayList<>();

    @Override
    public synchronized Portrait crop(byte[] upload) {
        uploadSizes.add(upload.length);
        var text = new String(upload, 0, Math.min(3, upload.length), StandardCharsets.US_ASCII);
        var type = switch (text) {
            case "PNG" -> PhotoType.PNG;
            case "JPG" -> PhotoType.JPEG;
            default -> throw new DomainException.Validation("photo", "must be a JPEG or PNG image");
        };
        var marked = new byte[Math.min(upload.length, 1000) + 1];
        System.arraycopy(upload, 0, marked, 0, marked.length - 1);
        marked[marked.length - 1] = '!';
        return new Portrait(type, marked);
    }

    /** How many uploads were handed to it. */
    public synchronized int cropped() {
        return uploadSizes.size();
    }
}

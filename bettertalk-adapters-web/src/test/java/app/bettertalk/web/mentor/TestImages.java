package app.bettertalk.web.mentor;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** Images for the photo tests, made in memory: encoded pictures, and the metadata and lies uploads may carry. */
public final class TestImages {
    /** Text that only the uploads' metadata carries, never their pixels. */
    public static final String SECRET = "SECRET-GPS-28.6139N-77.2090E";

    private TestImages() {
    }

    /** A {@code width} × {@code height} picture in three vertical bands: red, green, blue from left to right. */
    public static BufferedImage bands(int width, int height, boolean alpha) {
        var image = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        for (var x = 0; x < width; x++) {
            var color = x < width / 3 ? Color.RED : x < 2 * width / 3 ? Color.GREEN : Color.BLUE;
            for (var y = 0; y < height; y++) {
                image.setRGB(x, y, color.getRGB());
            }
        }
        return image;
    }

    /** A picture whose top half is red and bottom half blue, to see which way up it ends. */
    public static BufferedImage redOverBlue(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (var y = 0; y < height; y++) {
            for (var x = 0; x < width; x++) {
                image.setRGB(x, y, (y < height / 2 ? Color.RED : Color.BLUE).getRGB());
            }
        }
        return image;
    }

    public static byte[] encode(BufferedImage image, String format) {
        var bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, bytes)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] jpeg(int width, int height) {
        return encode(bands(width, height, false), "jpeg");
    }

    public static byte[] png(int width, int height) {
        return encode(bands(width, height, false), "png");
    }

    /**
     * {@code jpeg} with an EXIF segment (orientation {@code orientation}, and {@link #SECRET} as the image
     * description) and a comment segment carrying {@link #SECRET}, right after its start marker.
     */
    public static byte[] withExif(byte[] jpeg, int orientation) {
        var secret = SECRET.getBytes(StandardCharsets.US_ASCII);
        var tiff = ByteBuffer.allocate(8 + 2 + 2 * 12 + 4 + secret.length + 1);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x010e).putShort((short) 2).putInt(secret.length + 1).putInt(8 + 2 + 24 + 4);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0).put(secret).put((byte) 0);
        var exif = segment(0xe1, concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array()));
        var comment = segment(0xfe, secret);
        return concat(new byte[] {jpeg[0], jpeg[1]}, exif, comment, slice(jpeg, 2));
    }

    /** {@code png} with a {@code tEXt} chunk carrying {@link #SECRET} right after its header chunk. */
    public static byte[] withTextChunk(byte[] png) {
        var afterHeader = 8 + 4 + 4 + 13 + 4;
        var text = chunk("tEXt", ("Comment\0" + SECRET).getBytes(StandardCharsets.ISO_8859_1));
        return concat(slice(png, 0, afterHeader), text, slice(png, afterHeader));
    }

    /**
     * A PNG whose header claims {@code width} × {@code height} pixels followed by a few bytes of data: what a
     * "decompression bomb" looks like before it is decoded.
     */
    public static byte[] pngClaiming(int width, int height) {
        var header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array();
        return concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, chunk("IHDR", header),
                chunk("IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01}),
                chunk("IEND", new byte[0]));
    }

    public static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static byte[] segment(int marker, byte[] data) {
        return concat(new byte[] {(byte) 0xff, (byte) marker, (byte) ((data.length + 2) >> 8),
                (byte) (data.length + 2)}, data);
    }

    private static byte[] chunk(String type, byte[] data) {
        var typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        var crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }

    private static byte[] slice(byte[] bytes, int from) {
        return slice(bytes, from, bytes.length);
    }

    private static byte[] slice(byte[] bytes, int from, int to) {
        var part = new byte[to - from];
        System.arraycopy(bytes, from, part, 0, part.length);
        return part;
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (var part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}

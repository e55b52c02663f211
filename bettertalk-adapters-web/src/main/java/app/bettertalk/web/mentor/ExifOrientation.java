package app.bettertalk.web.mentor;

import java.awt.image.BufferedImage;

/**
 * The EXIF orientation of a JPEG (1 to 8; 1 when absent or unreadable) and how to turn a square image upright by it.
 * Phones store photos as the sensor saw them and say in EXIF which way is up; since the portrait keeps no EXIF, the
 * turn is applied to its pixels instead. Only IFD0's orientation tag is read, from the first APP1 "Exif" segment.
 */
final class ExifOrientation {
    private static final int TAG_ORIENTATION = 0x0112;

    private ExifOrientation() {
    }

    static int of(byte[] jpeg) {
        var at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xff) {
            var marker = jpeg[at + 1] & 0xff;
            if (marker == 0xda || marker == 0xd9) {
                return 1;
            }
            var length = u16(jpeg, at + 2, false);
            if (length < 2) {
                return 1;
            }
            if (marker == 0xe1 && startsWithExif(jpeg, at + 4, length - 2)) {
                return orientationIn(jpeg, at + 10, at + 2 + length);
            }
            at += 2 + length;
        }
        return 1;
    }

    /** The square {@code image} as it should be seen, for an EXIF {@code orientation}. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return image;
        }
        var n = image.getWidth();
        var turned = new BufferedImage(n, n, image.getType());
        for (var y = 0; y < n; y++) {
            for (var x = 0; x < n; x++) {
                var to = switch (orientation) {
                    case 2 -> new int[] {n - 1 - x, y};
                    case 3 -> new int[] {n - 1 - x, n - 1 - y};
                    case 4 -> new int[] {x, n - 1 - y};
                    case 5 -> new int[] {y, x};
                    case 6 -> new int[] {n - 1 - y, x};
                    case 7 -> new int[] {n - 1 - y, n - 1 - x};
                    default -> new int[] {y, n - 1 - x};
                };
                turned.setRGB(to[0], to[1], image.getRGB(x, y));
            }
        }
        return turned;
    }

    private static boolean startsWithExif(byte[] bytes, int from, int length) {
        return length >= 6 && from + 6 <= bytes.length && bytes[from] == 'E' && bytes[from + 1] == 'x'
                && bytes[from + 2] == 'i' && bytes[from + 3] == 'f' && bytes[from + 4] == 0 && bytes[from + 5] == 0;
    }

    /** The orientation in the TIFF structure starting at {@code tiff} and ending before {@code end}. */
    private static int orientationIn(byte[] bytes, int tiff, int end) {
        end = Math.min(end, bytes.length);
        if (tiff + 8 > end) {
            return 1;
        }
        boolean little;
        if (bytes[tiff] == 'I' && bytes[tiff + 1] == 'I') {
            little = true;
        } else if (bytes[tiff] == 'M' && bytes[tiff + 1] == 'M') {
            little = false;
        } else {
            return 1;
        }
        var ifd = tiff + (int) u32(bytes, tiff + 4, little);
        if (ifd < tiff + 8 || ifd + 2 > end) {
            return 1;
        }
        var entries = u16(bytes, ifd, little);
        for (var i = 0; i < entries; i++) {
            var entry = ifd + 2 + 12 * i;
            if (entry + 12 > end) {
                return 1;
            }
            if (u16(bytes, entry, little) == TAG_ORIENTATION) {
                var value = u16(bytes, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int u16(byte[] bytes, int at, boolean little) {
        var a = bytes[at] & 0xff;
        var b = bytes[at + 1] & 0xff;
        return little ? a | b << 8 : a << 8 | b;
    }

    private static long u32(byte[] bytes, int at, boolean little) {
        long high = u16(bytes, little ? at + 2 : at, little);
        long low = u16(bytes, little ? at : at + 2, little);
        return high << 16 | low;
    }
}

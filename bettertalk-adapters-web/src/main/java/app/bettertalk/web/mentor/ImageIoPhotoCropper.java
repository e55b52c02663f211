package app.bettertalk.web.mentor;

import app.bettertalk.core.mentor.PhotoCropper;
import app.bettertalk.core.mentor.PhotoType;
import app.bettertalk.core.mentor.Portrait;
import app.bettertalk.core.shared.DomainException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The {@link PhotoCropper} of the JDK's image I/O: decodes a JPEG or PNG (told apart by their first bytes, never by
 * the name or type the browser claims), refuses dimensions too large to decode safely before decoding a pixel, reads
 * only the centre square (subsampled, so memory stays small whatever the upload), scales it to
 * {@value Portrait#SIDE} pixels, turns it upright as its EXIF orientation says, and encodes it afresh: a JPEG as a
 * JPEG, a PNG as a PNG (keeping transparency). Nothing but pixels is carried over, so EXIF, comments and text chunks
 * are gone. Everything stays in memory; no temporary file is written.
 */
public final class ImageIoPhotoCropper implements PhotoCropper {
    /** 40 megapixels: more than any camera photo that fits in 2 MB; a "decompression bomb" claims far more. */
    static final long MAX_PIXELS = 40_000_000L;
    static final int MAX_SIDE = 10_000;
    private static final float JPEG_QUALITY = 0.86f;
    private static final String NOT_AN_IMAGE = "must be a JPEG or PNG image";
    private static final String UNREADABLE = "could not be read as a JPEG or PNG image; try saving it again";

    @Override
    public Portrait crop(byte[] upload) {
        var type = typeOf(upload);
        var square = readCentreSquare(upload, type);
        var portrait = Scaling.toSide(square, Portrait.SIDE, type == PhotoType.PNG);
        if (type == PhotoType.JPEG) {
            portrait = ExifOrientation.upright(portrait, ExifOrientation.of(upload));
        }
        return new Portrait(type, encode(portrait, type));
    }

    static PhotoType typeOf(byte[] upload) {
        if (upload.length >= 3 && (upload[0] & 0xff) == 0xff && (upload[1] & 0xff) == 0xd8
                && (upload[2] & 0xff) == 0xff) {
            return PhotoType.JPEG;
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        if (upload.length >= png.length && Arrays.equals(upload, 0, png.length, png, 0, png.length)) {
            return PhotoType.PNG;
        }
        throw new DomainException.Validation("photo", NOT_AN_IMAGE);
    }

    private static BufferedImage readCentreSquare(byte[] upload, PhotoType type) {
        var reader = reader(type);
        try (var input = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
            reader.setInput(input, true, true);
            var width = reader.getWidth(0);
            var height = reader.getHeight(0);
            if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE
                    || (long) width * height > MAX_PIXELS) {
                throw new DomainException.Validation("photo", "is " + width + " × " + height
                        + " pixels; at most " + MAX_SIDE + " a side and " + MAX_PIXELS / 1_000_000
                        + " megapixels are taken");
            }
            var side = Math.min(width, height);
            var param = reader.getDefaultReadParam();
            param.setSourceRegion(new Rectangle((width - side) / 2, (height - side) / 2, side, side));
            // Every n-th pixel only, keeping at least twice the portrait's side for a smooth scaling down.
            var step = Math.max(1, side / (2 * Portrait.SIDE));
            param.setSourceSubsampling(step, step, 0, 0);
            return reader.read(0, param);
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof DomainException refusal) {
                throw refusal;
            }
            throw new DomainException.Validation("photo", UNREADABLE);
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader reader(PhotoType type) {
        var readers = ImageIO.getImageReadersByMIMEType(type.mediaType());
        if (!readers.hasNext()) {
            throw new IllegalStateException("this JDK reads no " + type.mediaType());
        }
        return readers.next();
    }

    private static byte[] encode(BufferedImage image, PhotoType type) {
        var writer = ImageIO.getImageWritersByMIMEType(type.mediaType()).next();
        var bytes = new ByteArrayOutputStream();
        try (var output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            var param = writer.getDefaultWriteParam();
            if (type == PhotoType.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            // No metadata of ours: the writer adds only what its format needs (JFIF for JPEG, IHDR for PNG).
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a portrait in memory", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}

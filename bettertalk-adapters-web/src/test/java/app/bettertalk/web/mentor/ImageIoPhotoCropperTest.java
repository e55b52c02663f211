package app.bettertalk.web.mentor;

import app.bettertalk.core.mentor.PhotoType;
import app.bettertalk.core.mentor.Portrait;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static app.bettertalk.web.mentor.TestImages.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ImageIoPhotoCropperTest {
    private final ImageIoPhotoCropper cropper = new ImageIoPhotoCropper();

    private static BufferedImage decoded(Portrait portrait) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(portrait.bytes()));
    }

    /** Whether {@code rgb} is near {@code expected}, as a JPEG's lossy colours are. */
    private static boolean near(int rgb, Color expected) {
        var actual = new Color(rgb, true);
        return Math.abs(actual.getRed() - expected.getRed()) < 40
                && Math.abs(actual.getGreen() - expected.getGreen()) < 40
                && Math.abs(actual.getBlue() - expected.getBlue()) < 40;
    }

    private static void assertRefused(Throwable refusal, String rule) {
        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class, invalid -> {
            assertThat(invalid.field()).isEqualTo("photo");
            assertThat(invalid.rule()).contains(rule);
        });
    }

    @Test
    void a_landscape_jpeg_becomes_a_256_pixel_jpeg_of_its_centre_square() throws IOException {
        var portrait = cropper.crop(TestImages.jpeg(1800, 600));

        var image = decoded(portrait);
        assertThat(portrait.type()).isEqualTo(PhotoType.JPEG);
        assertThat(image.getWidth()).isEqualTo(256);
        assertThat(image.getHeight()).isEqualTo(256);
        assertThat(near(image.getRGB(5, 128), Color.GREEN)).as("left edge is the green middle band").isTrue();
        assertThat(near(image.getRGB(250, 128), Color.GREEN)).as("right edge is the green middle band").isTrue();
    }

    @Test
    void a_portrait_png_becomes_a_256_pixel_png_of_its_centre_square() throws IOException {
        var portrait = cropper.crop(TestImages.encode(TestImages.redOverBlue(300, 900), "png"));

        var image = decoded(portrait);
        assertThat(portrait.type()).isEqualTo(PhotoType.PNG);
        assertThat(image.getWidth()).isEqualTo(256);
        assertThat(image.getHeight()).isEqualTo(256);
        assertThat(near(image.getRGB(128, 5), Color.RED)).isTrue();
        assertThat(near(image.getRGB(128, 250), Color.BLUE)).isTrue();
    }

    @Test
    void a_png_keeps_its_transparency() throws IOException {
        var clear = new BufferedImage(400, 400, BufferedImage.TYPE_INT_ARGB);

        var image = decoded(cropper.crop(TestImages.encode(clear, "png")));

        assertThat(new Color(image.getRGB(128, 128), true).getAlpha()).isZero();
    }

    @Test
    void a_small_picture_is_scaled_up_to_256_pixels() throws IOException {
        var image = decoded(cropper.crop(TestImages.png(40, 30)));

        assertThat(image.getWidth()).isEqualTo(256);
        assertThat(image.getHeight()).isEqualTo(256);
    }

    @Test
    void a_large_picture_is_read_subsampled_and_still_becomes_256_pixels() throws IOException {
        var image = decoded(cropper.crop(TestImages.jpeg(4000, 3000)));

        assertThat(image.getWidth()).isEqualTo(256);
        assertThat(near(image.getRGB(128, 128), Color.GREEN)).isTrue();
    }

    @Test
    void the_exif_and_comments_of_a_jpeg_are_gone_from_its_portrait() {
        var upload = TestImages.withExif(TestImages.jpeg(600, 600), 1);
        assertThat(TestImages.text(upload)).contains("Exif", SECRET);

        var portrait = cropper.crop(upload);

        assertThat(TestImages.text(portrait.bytes())).doesNotContain("Exif").doesNotContain(SECRET);
    }

    @Test
    void the_text_chunks_of_a_png_are_gone_from_its_portrait() {
        var upload = TestImages.withTextChunk(TestImages.png(600, 600));
        assertThat(TestImages.text(upload)).contains("tEXt", SECRET);

        var portrait = cropper.crop(upload);

        assertThat(TestImages.text(portrait.bytes())).doesNotContain("tEXt").doesNotContain(SECRET);
    }

    @Test
    void a_photo_a_phone_stored_sideways_is_turned_upright_as_its_exif_says() throws IOException {
        // Stored with the sky on the left; orientation 6 says: turn a quarter clockwise to see it.
        var sideways = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
        for (var x = 0; x < 400; x++) {
            for (var y = 0; y < 400; y++) {
                sideways.setRGB(x, y, (x < 200 ? Color.RED : Color.BLUE).getRGB());
            }
        }
        var upload = TestImages.withExif(TestImages.encode(sideways, "jpeg"), 6);

        var image = decoded(cropper.crop(upload));

        assertThat(near(image.getRGB(128, 5), Color.RED)).as("red on top").isTrue();
        assertThat(near(image.getRGB(128, 250), Color.BLUE)).as("blue below").isTrue();
    }

    @Test
    void a_gif_is_refused_as_no_jpeg_or_png() {
        var refusal = catchThrowable(() -> cropper.crop(TestImages.encode(TestImages.bands(50, 50, false), "gif")));

        assertRefused(refusal, "must be a JPEG or PNG image");
    }

    @Test
    void a_text_file_named_like_a_photo_is_refused_as_no_jpeg_or_png() {
        var refusal = catchThrowable(() -> cropper.crop("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)));

        assertRefused(refusal, "must be a JPEG or PNG image");
    }

    @Test
    void a_file_that_only_starts_like_a_jpeg_is_refused_as_unreadable() {
        var broken = new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 1, 2, 3, 4, 5, 6, 7, 8, 9};

        var refusal = catchThrowable(() -> cropper.crop(broken));

        assertRefused(refusal, "could not be read as a JPEG or PNG image");
    }

    @Test
    void a_truncated_png_is_refused_as_unreadable() {
        var png = TestImages.png(300, 300);
        var truncated = java.util.Arrays.copyOf(png, png.length / 3);

        var refusal = catchThrowable(() -> cropper.crop(truncated));

        assertRefused(refusal, "could not be read");
    }

    @Test
    void a_decompression_bomb_claiming_40000_by_40000_pixels_is_refused_before_decoding() {
        var refusal = catchThrowable(() -> cropper.crop(TestImages.pngClaiming(40_000, 40_000)));

        assertRefused(refusal, "is 40000 × 40000 pixels; at most 10000 a side and 40 megapixels are taken");
    }

    @Test
    void a_picture_of_9000_by_9000_pixels_is_refused_for_its_pixel_count() {
        var refusal = catchThrowable(() -> cropper.crop(TestImages.pngClaiming(9_000, 9_000)));

        assertRefused(refusal, "is 9000 × 9000 pixels");
    }
}

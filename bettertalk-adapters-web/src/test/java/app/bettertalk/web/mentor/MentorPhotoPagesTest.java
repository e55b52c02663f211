package app.bettertalk.web.mentor;

import app.bettertalk.core.shared.UserId;
import app.bettertalk.web.Browser;
import app.bettertalk.web.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class MentorPhotoPagesTest {
    private static final Pattern PHOTO_URL = Pattern.compile("src=\"(/mentors/[^\"]+/photo\\?v=[0-9a-f]{16})\"");

    private final TestSite site = new TestSite();

    @AfterEach
    void stop() {
        site.close();
    }

    private UserId idOf(Browser browser) {
        return browser.userId(site.stores);
    }

    private static Browser.Page upload(Browser mentor, byte[] file, String name, String type) {
        mentor.get("/mentor/dashboard");
        return mentor.postFile("/mentor/photo", "photo", name, type, file);
    }

    /** The versioned photo URL on {@code path} as {@code viewer} sees it. */
    private static String photoUrlOn(Browser viewer, String path) {
        var matcher = PHOTO_URL.matcher(viewer.get(path).body());
        assertThat(matcher.find()).as("a photo on " + path).isTrue();
        return matcher.group(1);
    }

    @Test
    void a_mentor_uploads_a_photo_and_their_page_shows_it_instead_of_the_initials() {
        var ravi = site.mentorWithPlan("ravi_k", 7);

        var uploaded = upload(ravi, TestImages.jpeg(1200, 800), "me.jpg", "image/jpeg");

        assertThat(uploaded.status()).isEqualTo(303);
        assertThat(uploaded.location()).isEqualTo("/mentor/dashboard#photo");
        var page = site.member("asha").get("/mentor/" + idOf(ravi)).body();
        assertThat(page).contains("id=\"mentor-photo\"").contains("alt=\"Photo of ravi_k\"")
                .doesNotContain("id=\"mentor-initials\"");
    }

    @Test
    void the_photo_is_served_as_a_256_pixel_jpeg_cached_for_good_at_its_versioned_url() throws IOException {
        var ravi = site.mentorWithPlan("ravi_k", 7);
        upload(ravi, TestImages.jpeg(1200, 800), "me.jpg", "image/jpeg");
        var url = photoUrlOn(ravi, "/mentor/" + idOf(ravi));

        var photo = site.visitor().getBytes(url);

        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(photo.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(photo.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
        assertThat(photo.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(photo.headers().firstValue("ETag")).hasValueSatisfying(tag -> assertThat(url).contains(
                tag.replace("\"", "")));
        var image = ImageIO.read(new ByteArrayInputStream(photo.body()));
        assertThat(image.getWidth()).isEqualTo(256);
        assertThat(image.getHeight()).isEqualTo(256);
    }

    @Test
    void a_cache_that_holds_the_photo_is_answered_304_without_it() {
        var ravi = site.mentorWithPlan("ravi_k", 7);
        upload(ravi, TestImages.png(500, 500), "me.png", "image/png");
        var url = photoUrlOn(ravi, "/mentor/" + idOf(ravi));
        var etag = site.visitor().getBytes(url).headers().firstValue("ETag").orElseThrow();

        var again = site.visitor().getBytes(url, "If-None-Match", etag);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void the_photo_without_its_version_must_be_revalidated() {
        var ravi = site.mentorWithPlan("ravi_k", 7);
        upload(ravi, TestImages.png(500, 500), "me.png", "image/png");

        var photo = site.visitor().getBytes("/mentors/" + idOf(ravi) + "/photo");

        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(photo.headers().firstValue("Cache-Control")).contains("public, no-cache");
        assertThat(photo.headers().firstValue("Content-Type")).contains("image/png");
    }

    @Test
    void a_signed_out_visitor_gets_the_photo_without_a_cookie() {
        var ravi = site.mentorWithPlan("ravi_k", 7);
        upload(ravi, TestImages.jpeg(300, 300), "me.jpg", "image/jpeg");

        var photo = site.visitor().getBytes("/mentors/" + idOf(ravi) + "/photo");

        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(photo.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void a_new_photo_gets_a_new_url() {
        var ravi = site.mentorWithPlan("ravi_k", 7);
        upload(ravi, TestImages.jpeg(300, 300), "one.jpg", "image/jpeg");
        var first = photoUrlOn(ravi, "/mentor/" + idOf(ravi));

        upload(ravi, TestImages.png(300, 200), "two.png", "image/png");

        assertThat(photoUrlOn(ravi, "/mentor/" + idOf(ravi))).isNotEqualTo(first);
    }

    @Test
    void an_unverified_mentors_photo_is_not_found_by_others_and_private_to_them() {
        var nila = site.member("nila");
        nila.get("/mentor/apply");
        nila.postForm("/mentor/apply", "headline", "Listener", "bio", "I listen.", "expertise", "",
                "languages", "", "experience", "");
        upload(nila, TestImages.jpeg(300, 300), "me.jpg", "image/jpeg");
        var path = "/mentors/" + idOf(nila) + "/photo";

        var theirs = nila.getBytes(path);

        assertThat(theirs.statusCode()).isEqualTo(200);
        assertThat(theirs.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).startsWith("private"));
        assertThat(site.visitor().getBytes(path).statusCode()).isEqualTo(404);
        assertThat(site.member("asha").getBytes(path).statusCode()).isEqualTo(404);
    }

    @Test
    void a_mentor_without_a_photo_shows_their_initials_and_has_no_photo_to_fetch() {
        var ravi = site.mentorWithPlan("ravi_k", 7);

        var page = site.visitor().get("/mentor/" + idOf(ravi));

        assertThat(page.body()).contains("id=\"mentor-initials\">RK</span>").doesNotContain("/photo?v=");
        assertThat(site.visitor().getBytes("/mentors/" + idOf(ravi) + "/photo").statusCode()).isEqualTo(404);
    }

    @Test
    void a_removed_photo_leaves_the_initials_again() {
        var ravi = site.mentorWithPlan("ravi_k", 7);
        upload(ravi, TestImages.jpeg(300, 300), "me.jpg", "image/jpeg");
        ravi.get("/mentor/dashboard");

        var removed = ravi.postForm("/mentor/photo/remove");

        assertThat(removed.status()).isEqualTo(303);
        assertThat(ravi.get("/mentor/" + idOf(ravi)).body()).contains("id=\"mentor-initials\"");
        assertThat(site.visitor().getBytes("/mentors/" + idOf(ravi) + "/photo").statusCode()).isEqualTo(404);
    }

    @Test
    void the_dashboard_shows_the_photo_form_and_the_current_photo() {
        var ravi = site.mentorWithPlan("ravi_k", 7);
        upload(ravi, TestImages.jpeg(300, 300), "me.jpg", "image/jpeg");

        var dashboard = ravi.get("/mentor/dashboard").body();

        assertThat(dashboard).contains("id=\"current-photo\"").contains("enctype=\"multipart/form-data\"")
                .contains("id=\"remove-photo\"");
    }

    @Test
    void a_gif_is_refused_with_what_is_taken_and_the_form_again() {
        var ravi = site.mentorWithPlan("ravi_k", 7);

        var refused = upload(ravi, TestImages.encode(TestImages.bands(50, 50, false), "gif"), "me.gif",
                "image/gif");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("Your photo must be a JPEG or PNG image.").contains("id=\"photo-form\"");
    }

    @Test
    void a_file_claiming_to_be_a_jpeg_that_is_not_one_is_refused() {
        var ravi = site.mentorWithPlan("ravi_k", 7);

        var refused = upload(ravi, "<html><script>alert(1)</script>".getBytes(), "me.jpg", "image/jpeg");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("Your photo must be a JPEG or PNG image.");
    }

    @Test
    void an_empty_file_is_refused_as_none_chosen() {
        var ravi = site.mentorWithPlan("ravi_k", 7);

        var refused = upload(ravi, new byte[0], "", "application/octet-stream");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("Your photo must be a JPEG or PNG image; none was chosen.");
    }

    @Test
    void a_decompression_bomb_is_refused_with_its_dimensions() {
        var ravi = site.mentorWithPlan("ravi_k", 7);

        var refused = upload(ravi, TestImages.pngClaiming(40_000, 40_000), "bomb.png", "image/png");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("Your photo is 40000 × 40000 pixels");
    }

    @Test
    void a_file_just_over_2_megabytes_is_refused_by_size() {
        var ravi = site.mentorWithPlan("ravi_k", 7);
        var big = new byte[2 * 1024 * 1024 + 1];
        System.arraycopy(TestImages.jpeg(100, 100), 0, big, 0, 100);

        var refused = upload(ravi, big, "big.jpg", "image/jpeg");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("Your photo must be at most 2 MB.");
    }

    @Test
    void a_file_far_over_2_megabytes_is_refused_before_it_is_read_whole() {
        var ravi = site.mentorWithPlan("ravi_k", 7);

        var refused = upload(ravi, new byte[5 * 1024 * 1024], "huge.jpg", "image/jpeg");

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.body()).contains("larger than 2 MB");
    }

    @Test
    void someone_who_is_no_mentor_may_not_upload_a_photo() {
        var asha = site.member("asha");
        asha.get("/profile");

        var refused = asha.postFile("/mentor/photo", "photo", "me.jpg", "image/jpeg", TestImages.jpeg(100, 100));

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void an_upload_without_the_forms_token_is_refused() {
        var ravi = site.mentorWithPlan("ravi_k", 7);
        ravi.get("/mentor/dashboard");
        ravi.forgetCsrfToken();

        var refused = ravi.postFile("/mentor/photo", "photo", "me.jpg", "image/jpeg", TestImages.jpeg(100, 100));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(site.stores.mentorPhotos().of(idOf(ravi))).isEmpty();
    }
}

package app.bettertalk.core.mentor;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ChangeMentorPhotoTest {
    private final World world = new World();

    private MentorPhoto upload(Actor actor, String content) {
        return upload(actor, content.getBytes(StandardCharsets.US_ASCII));
    }

    private MentorPhoto upload(Actor actor, byte[] bytes) {
        return world.changeMentorPhoto.change(new ChangeMentorPhoto.Command(actor, bytes));
    }

    @Test
    void a_mentors_upload_is_kept_as_the_cropped_portrait() {
        var asha = world.unverifiedMentor("asha");

        var photo = upload(asha, "PNG of asha");

        assertThat(world.mentorPhotos.of(asha.id())).contains(photo);
        assertThat(photo.portrait().type()).isEqualTo(PhotoType.PNG);
        assertThat(new String(photo.portrait().bytes(), StandardCharsets.US_ASCII)).isEqualTo("PNG of asha!");
        assertThat(photo.updatedAt()).isEqualTo(world.now());
    }

    @Test
    void a_new_upload_replaces_the_photo_under_a_new_version() {
        var asha = world.verifiedMentor("asha");
        var first = upload(asha, "PNG first");
        world.clock.advance(Duration.ofMinutes(1));

        var second = upload(asha, "JPG second");

        assertThat(world.mentorPhotos.of(asha.id())).contains(second);
        assertThat(second.version()).isNotEqualTo(first.version());
    }

    @Test
    void the_same_picture_uploaded_again_keeps_its_version() {
        var asha = world.verifiedMentor("asha");
        var first = upload(asha, "PNG same");
        world.removeMentorPhoto.remove(new RemoveMentorPhoto.Command(asha));

        var again = upload(asha, "PNG same");

        assertThat(again.version()).isEqualTo(first.version());
    }

    @Test
    void someone_who_is_no_mentor_may_not_upload_a_photo_and_nothing_is_decoded() {
        var ravi = world.onboardedUser("ravi");

        var refusal = catchThrowable(() -> upload(ravi, "PNG of ravi"));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("not_a_mentor"));
        assertThat(world.photoCropper.cropped()).isZero();
    }

    @Test
    void a_visitor_may_not_upload_a_photo() {
        var refusal = catchThrowable(() -> upload(Actor.visitor(), "PNG of nobody"));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("onboarding_required"));
    }

    @Test
    void an_empty_upload_is_refused_with_what_to_choose() {
        var asha = world.verifiedMentor("asha");

        var refusal = catchThrowable(() -> upload(asha, new byte[0]));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class, invalid -> {
            assertThat(invalid.field()).isEqualTo("photo");
            assertThat(invalid.rule()).isEqualTo("must be a JPEG or PNG image; none was chosen");
        });
    }

    @Test
    void an_upload_of_exactly_2_megabytes_is_taken() {
        var asha = world.verifiedMentor("asha");
        var bytes = new byte[ChangeMentorPhoto.MAX_UPLOAD_BYTES];
        bytes[0] = 'P';
        bytes[1] = 'N';
        bytes[2] = 'G';

        var photo = upload(asha, bytes);

        assertThat(world.mentorPhotos.of(asha.id())).contains(photo);
    }

    @Test
    void an_upload_larger_than_2_megabytes_is_refused_before_it_is_decoded() {
        var asha = world.verifiedMentor("asha");

        var refusal = catchThrowable(() -> upload(asha, new byte[ChangeMentorPhoto.MAX_UPLOAD_BYTES + 1]));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Validation.class,
                invalid -> assertThat(invalid.rule()).isEqualTo("must be at most 2 MB"));
        assertThat(world.photoCropper.cropped()).isZero();
    }

    @Test
    void an_upload_the_cropper_cannot_read_is_refused_and_the_old_photo_kept() {
        var asha = world.verifiedMentor("asha");
        var kept = upload(asha, "PNG kept");

        var refusal = catchThrowable(() -> upload(asha, "GIF89a"));

        assertThat(refusal).isInstanceOf(DomainException.Validation.class);
        assertThat(world.mentorPhotos.of(asha.id())).contains(kept);
    }
}

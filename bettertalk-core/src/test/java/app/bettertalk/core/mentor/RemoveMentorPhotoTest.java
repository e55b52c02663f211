package app.bettertalk.core.mentor;

import app.bettertalk.core.World;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class RemoveMentorPhotoTest {
    private final World world = new World();

    @Test
    void a_mentor_removes_their_photo() {
        var asha = world.verifiedMentor("asha");
        world.changeMentorPhoto.change(new ChangeMentorPhoto.Command(asha, "PNG".getBytes(StandardCharsets.US_ASCII)));

        world.removeMentorPhoto.remove(new RemoveMentorPhoto.Command(asha));

        assertThat(world.mentorPhotos.of(asha.id())).isEmpty();
    }

    @Test
    void removing_no_photo_is_no_error() {
        var asha = world.verifiedMentor("asha");

        world.removeMentorPhoto.remove(new RemoveMentorPhoto.Command(asha));

        assertThat(world.mentorPhotos.of(asha.id())).isEmpty();
    }

    @Test
    void someone_who_is_no_mentor_has_no_photo_to_remove() {
        var ravi = world.onboardedUser("ravi");

        var refusal = catchThrowable(() -> world.removeMentorPhoto.remove(new RemoveMentorPhoto.Command(ravi)));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.Forbidden.class,
                forbidden -> assertThat(forbidden.reason()).isEqualTo("not_a_mentor"));
    }
}

package app.bettertalk.core.mentor;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ViewMentorPhotoTest {
    private final World world = new World();

    private MentorPhoto photoOf(Actor mentor) {
        return world.changeMentorPhoto.change(
                new ChangeMentorPhoto.Command(mentor, "JPG face".getBytes(StandardCharsets.US_ASCII)));
    }

    private ShownPhoto view(Actor viewer, Actor mentor) {
        return world.viewMentorPhoto.view(new ViewMentorPhoto.Query(viewer, mentor.id()));
    }

    @Test
    void a_visitor_sees_a_verified_mentors_photo_which_anyone_may_see() {
        var asha = world.verifiedMentor("asha");
        var photo = photoOf(asha);

        var shown = view(Actor.visitor(), asha);

        assertThat(shown.photo()).isEqualTo(photo);
        assertThat(shown.shownToEveryone()).isTrue();
    }

    @Test
    void an_unverified_mentors_photo_is_not_found_for_other_people() {
        var asha = world.unverifiedMentor("asha");
        photoOf(asha);

        var refusal = catchThrowable(() -> view(world.onboardedUser("ravi"), asha));

        assertThat(refusal).isInstanceOfSatisfying(DomainException.NotFound.class,
                notFound -> assertThat(notFound.what()).isEqualTo("photo"));
    }

    @Test
    void an_unverified_mentor_sees_their_own_photo_which_is_not_for_everyone() {
        var asha = world.unverifiedMentor("asha");
        photoOf(asha);

        var shown = view(asha, asha);

        assertThat(shown.shownToEveryone()).isFalse();
    }

    @Test
    void a_mentor_without_a_photo_has_none_to_show() {
        var asha = world.verifiedMentor("asha");

        var refusal = catchThrowable(() -> view(Actor.visitor(), asha));

        assertThat(refusal).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void someone_who_is_no_mentor_has_no_photo() {
        var ravi = world.onboardedUser("ravi");

        var refusal = catchThrowable(() -> view(Actor.visitor(), ravi));

        assertThat(refusal).isInstanceOf(DomainException.NotFound.class);
    }
}

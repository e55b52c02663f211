package app.bettertalk.core.mentor;

import app.bettertalk.core.ContractRows;
import app.bettertalk.core.Stores;
import app.bettertalk.core.shared.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static app.bettertalk.core.ContractRows.at;
import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link MentorPhotos} store promises; an adapter's test extends this with its own fresh stores. */
public abstract class MentorPhotosContract {
    private MentorPhotos photos;
    private ContractRows rows;

    /** Every port over one empty store. */
    protected abstract Stores freshStores();

    @BeforeEach
    void openStores() {
        var stores = freshStores();
        photos = stores.mentorPhotos();
        rows = new ContractRows(stores);
    }

    /** Bytes of every value, so a store that drops high bits, trims zeros or cuts at 64 KB fails the round trip. */
    private static Portrait portrait(PhotoType type, int size, int seed) {
        var bytes = new byte[size];
        for (var i = 0; i < size; i++) {
            bytes[i] = (byte) (i * 31 + seed);
        }
        bytes[size - 1] = 0;
        return new Portrait(type, bytes);
    }

    @Test
    void a_photo_reads_back_with_its_type_bytes_version_and_time() {
        var ravi = rows.mentor("ravi_k");
        var photo = MentorPhoto.of(ravi.id(), portrait(PhotoType.JPEG, 40_000, 1), at(1));

        rows.write(() -> photos.put(photo));

        assertThat(photos.of(ravi.id())).contains(photo);
    }

    @Test
    void a_photo_larger_than_64_kilobytes_reads_back_whole() {
        var ravi = rows.mentor("ravi_k");
        var photo = MentorPhoto.of(ravi.id(), portrait(PhotoType.PNG, 300_000, 2), at(1));

        rows.write(() -> photos.put(photo));

        assertThat(photos.of(ravi.id()).orElseThrow().portrait().bytes()).isEqualTo(photo.portrait().bytes());
    }

    @Test
    void a_mentor_without_a_photo_has_none() {
        var ravi = rows.mentor("ravi_k");

        assertThat(photos.of(ravi.id())).isEmpty();
    }

    @Test
    void a_new_photo_replaces_the_old_one() {
        var ravi = rows.mentor("ravi_k");
        rows.write(() -> photos.put(MentorPhoto.of(ravi.id(), portrait(PhotoType.JPEG, 500, 1), at(1))));
        var second = MentorPhoto.of(ravi.id(), portrait(PhotoType.PNG, 700, 2), at(2));

        rows.write(() -> photos.put(second));

        assertThat(photos.of(ravi.id())).contains(second);
    }

    @Test
    void a_removed_photo_is_gone() {
        var ravi = rows.mentor("ravi_k");
        rows.write(() -> photos.put(MentorPhoto.of(ravi.id(), portrait(PhotoType.JPEG, 500, 1), at(1))));

        rows.write(() -> photos.remove(ravi.id()));

        assertThat(photos.of(ravi.id())).isEmpty();
    }

    @Test
    void removing_a_photo_that_is_not_there_changes_nothing() {
        var ravi = rows.mentor("ravi_k");
        var meera = rows.mentor("meera");
        var kept = MentorPhoto.of(meera.id(), portrait(PhotoType.JPEG, 500, 1), at(1));
        rows.write(() -> photos.put(kept));

        rows.write(() -> photos.remove(ravi.id()));

        assertThat(photos.of(meera.id())).contains(kept);
    }

    @Test
    void versions_are_given_for_the_mentors_with_a_photo_only() {
        var ravi = rows.mentor("ravi_k");
        var meera = rows.mentor("meera");
        var kabir = rows.mentor("kabir");
        var raviPhoto = MentorPhoto.of(ravi.id(), portrait(PhotoType.JPEG, 500, 1), at(1));
        var kabirPhoto = MentorPhoto.of(kabir.id(), portrait(PhotoType.PNG, 600, 2), at(1));
        rows.write(() -> {
            photos.put(raviPhoto);
            photos.put(kabirPhoto);
        });

        var versions = photos.versionsOf(List.of(ravi.id(), meera.id(), kabir.id(), UserId.random()));

        assertThat(versions).isEqualTo(Map.of(ravi.id(), raviPhoto.version(), kabir.id(), kabirPhoto.version()));
    }

    @Test
    void no_mentors_have_no_versions() {
        assertThat(photos.versionsOf(List.of())).isEmpty();
    }

    @Test
    void a_photo_stored_in_a_unit_of_work_that_fails_is_not_kept() {
        var ravi = rows.mentor("ravi_k");

        try {
            rows.write(() -> {
                photos.put(MentorPhoto.of(ravi.id(), portrait(PhotoType.JPEG, 500, 1), at(1)));
                throw new IllegalStateException("the rest of the change failed");
            });
        } catch (IllegalStateException expected) {
            // the unit of work rolled back
        }

        assertThat(photos.of(ravi.id())).isEmpty();
    }
}

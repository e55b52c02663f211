package app.bettertalk.mysql.mentor;

import app.bettertalk.core.mentor.MentorPhoto;
import app.bettertalk.core.mentor.MentorPhotos;
import app.bettertalk.core.mentor.PhotoType;
import app.bettertalk.core.mentor.Portrait;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.mysql.Columns;
import app.bettertalk.mysql.StoreErrors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link MentorPhotos} in {@code mentor_photos}, one row per mentor, the image in a MEDIUMBLOB. */
public final class JdbiMentorPhotos implements MentorPhotos {
    private final Jdbi jdbi;

    public JdbiMentorPhotos(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<MentorPhoto> of(UserId mentor) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT content_type, version, image, updated_at FROM mentor_photos WHERE mentor_id = ?")
                .bind(0, Columns.id(mentor.value()))
                .map((rs, ctx) -> new MentorPhoto(mentor,
                        new Portrait(type(rs.getString("content_type")), rs.getBytes("image")),
                        rs.getString("version"), Columns.instant(rs, "updated_at")))
                .findOne());
    }

    @Override
    public Map<UserId, String> versionsOf(Collection<UserId> mentors) {
        if (mentors.isEmpty()) {
            return Map.of();
        }
        var versions = new HashMap<UserId, String>();
        jdbi.useHandle(handle -> handle.createQuery(
                        "SELECT mentor_id, version FROM mentor_photos WHERE mentor_id IN (<ids>)")
                .bindList("ids", mentors.stream().map(id -> Columns.id(id.value())).toList())
                .map((rs, ctx) -> versions.put(new UserId(Columns.uuid(rs, "mentor_id")), rs.getString("version")))
                .list());
        return versions;
    }

    /** An update, else an insert; an insert that lost a race to another one updates the row that won. */
    @Override
    public void put(MentorPhoto photo) {
        jdbi.useHandle(handle -> {
            if (update(handle, photo) > 0) {
                return;
            }
            try {
                handle.createUpdate("""
                                INSERT INTO mentor_photos (content_type, version, image, updated_at, mentor_id)
                                VALUES (?, ?, ?, ?, ?)""")
                        .bind(0, photo.portrait().type().mediaType()).bind(1, photo.version())
                        .bind(2, photo.portrait().bytes()).bind(3, Columns.at(photo.updatedAt()))
                        .bind(4, Columns.id(photo.mentor().value())).execute();
            } catch (RuntimeException e) {
                if (StoreErrors.duplicateKey(e).isEmpty()) {
                    throw e;
                }
                update(handle, photo);
            }
        });
    }

    @Override
    public void remove(UserId mentor) {
        jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM mentor_photos WHERE mentor_id = ?")
                .bind(0, Columns.id(mentor.value())).execute());
    }

    private static int update(Handle handle, MentorPhoto photo) {
        return handle.createUpdate("""
                        UPDATE mentor_photos SET content_type = ?, version = ?, image = ?, updated_at = ?
                        WHERE mentor_id = ?""")
                .bind(0, photo.portrait().type().mediaType()).bind(1, photo.version())
                .bind(2, photo.portrait().bytes()).bind(3, Columns.at(photo.updatedAt()))
                .bind(4, Columns.id(photo.mentor().value())).execute();
    }

    private static PhotoType type(String mediaType) {
        return Arrays.stream(PhotoType.values()).filter(type -> type.mediaType().equals(mediaType)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown photo type in mentor_photos: " + mediaType));
    }
}

package app.bettertalk.mysql.mentor;

import app.bettertalk.core.mentor.MentorCard;
import app.bettertalk.core.mentor.Rating;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.mysql.Columns;
import org.jdbi.v3.core.Handle;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The cards of one page of the directory: names, profiles, tags and lowest active prices, read by id for that page
 * only, three small indexed queries whatever the size of the directory.
 */
final class DirectoryRows {
    private static final String EXPERTISE = "EXPERTISE";

    private record Profile(String name, String headline, int experienceYears, Rating rating, Instant activeAt,
                           Instant joinedAt, String photoVersion) {
    }

    private record Tags(Map<UUID, List<String>> expertise, Map<UUID, List<String>> languages) {
    }

    private DirectoryRows() {
    }

    /** The cards of the mentors {@code ids} (as {@code mentors.user_id} bytes), in that order. */
    static List<MentorCard> cards(Handle handle, List<byte[]> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var profiles = profiles(handle, ids);
        var tags = tags(handle, ids);
        var prices = prices(handle, ids);
        return ids.stream().map(DirectoryRows::uuid).filter(profiles::containsKey).map(id -> {
            var profile = profiles.get(id);
            return new MentorCard(new UserId(id), profile.name(), profile.headline(),
                    tags.expertise().getOrDefault(id, List.of()), tags.languages().getOrDefault(id, List.of()),
                    profile.experienceYears(), prices.getOrDefault(id, MentorCard.NO_PLAN), profile.rating(),
                    profile.activeAt(), profile.joinedAt(), profile.photoVersion());
        }).toList();
    }

    private static Map<UUID, Profile> profiles(Handle handle, List<byte[]> ids) {
        var profiles = new HashMap<UUID, Profile>();
        handle.createQuery("SELECT m.user_id, " + JdbiMentorDirectory.NAME + """
                         AS mentor_name, m.headline, m.experience_years, m.created_at, m.updated_at,
                               COALESCE(r.review_count, 0) AS review_count, COALESCE(r.star_total, 0) AS star_total,
                               COALESCE(ph.version, '') AS photo_version
                        FROM mentors m
                        LEFT JOIN mentor_ratings r ON r.mentor_id = m.user_id
                        LEFT JOIN mentor_photos ph ON ph.mentor_id = m.user_id
                        WHERE m.user_id IN (<ids>)""")
                .bindList("ids", ids)
                .map((rs, ctx) -> profiles.put(Columns.uuid(rs, "user_id"), new Profile(rs.getString("mentor_name"),
                        rs.getString("headline"), rs.getInt("experience_years"),
                        new Rating(rs.getInt("review_count"), rs.getLong("star_total")),
                        Columns.instant(rs, "updated_at"), Columns.instant(rs, "created_at"),
                        rs.getString("photo_version"))) == null)
                .list();
        return profiles;
    }

    private static Tags tags(Handle handle, List<byte[]> ids) {
        var tags = new Tags(new HashMap<>(), new HashMap<>());
        handle.createQuery("SELECT mentor_id, kind, tag FROM mentor_tags WHERE mentor_id IN (<ids>) "
                        + "ORDER BY mentor_id, kind, position")
                .bindList("ids", ids)
                .map((rs, ctx) -> (EXPERTISE.equals(rs.getString("kind")) ? tags.expertise() : tags.languages())
                        .computeIfAbsent(Columns.uuid(rs, "mentor_id"), id -> new ArrayList<>())
                        .add(rs.getString("tag")))
                .list();
        return tags;
    }

    private static Map<UUID, Paise> prices(Handle handle, List<byte[]> ids) {
        var prices = new HashMap<UUID, Paise>();
        handle.createQuery("SELECT mentor_id, MIN(price_paise) AS min_price FROM mentor_plans "
                        + "WHERE is_active = TRUE AND mentor_id IN (<ids>) GROUP BY mentor_id")
                .bindList("ids", ids)
                .map((rs, ctx) -> prices.put(Columns.uuid(rs, "mentor_id"), new Paise(rs.getLong("min_price"))) == null)
                .list();
        return prices;
    }

    private static UUID uuid(byte[] bytes) {
        var buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }
}

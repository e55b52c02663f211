package app.bettertalk.core.mentor;

import app.bettertalk.core.shared.Port;
import app.bettertalk.core.shared.UserId;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Mentors' photos, at most one each, kept with the rest of the data so every server of a deployment serves them. */
@Port
public interface MentorPhotos {
    Optional<MentorPhoto> of(UserId mentor);

    /**
     * The photo version of each of {@code mentors} who has a photo, without reading the images: what a page needs to
     * link them (mentors without a photo are absent).
     */
    Map<UserId, String> versionsOf(Collection<UserId> mentors);

    /** Stores {@code photo} as its mentor's photo, replacing any earlier one. */
    void put(MentorPhoto photo);

    /** Removes {@code mentor}'s photo; nothing happens if they have none. */
    void remove(UserId mentor);
}

package app.bettertalk.core.access;

import app.bettertalk.core.shared.UserId;

/** The two people of a one-to-one relationship (a booking, a chat thread): the user and their mentor. */
public interface Participants {
    UserId user();

    UserId mentor();

    default boolean includes(UserId person) {
        return user().equals(person) || mentor().equals(person);
    }

    /** The other participant as seen by {@code person}, who must be one of the two. */
    default UserId counterpartOf(UserId person) {
        if (user().equals(person)) {
            return mentor();
        }
        if (mentor().equals(person)) {
            return user();
        }
        throw new IllegalArgumentException(person + " is not a participant");
    }
}

package app.bettertalk.core.community;

import app.bettertalk.core.identity.User;
import app.bettertalk.core.identity.Users;
import app.bettertalk.core.mentor.Mentor;
import app.bettertalk.core.mentor.Mentors;
import app.bettertalk.core.shared.UserId;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** How writers of posts and comments are shown: anonymous username and the verified-mentor tick, looked up at once. */
final class Authors {
    private final Users users;
    private final Mentors mentors;

    Authors(Users users, Mentors mentors) {
        this.users = users;
        this.mentors = mentors;
    }

    Map<UserId, Author> of(Collection<UserId> writers) {
        var ids = Set.copyOf(writers);
        var verified = mentors.byIds(ids).stream().filter(Mentor::verified).map(Mentor::id)
                .collect(Collectors.toSet());
        var found = users.byIds(ids).stream().collect(Collectors.toMap(User::id, Function.identity()));
        return ids.stream().collect(Collectors.toMap(Function.identity(), id -> new Author(id,
                !found.containsKey(id) || found.get(id).erased() ? User.DELETED_MEMBER
                        : found.get(id).username().map(Object::toString).orElse(""),
                verified.contains(id))));
    }
}

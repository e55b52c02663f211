package app.bettertalk.core.community;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.UseCase;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/** Lists every group with its member count, marking the ones the viewer has joined. */
@UseCase
public final class ListGroups {
    private final Groups groups;
    private final Memberships memberships;
    private final AccessPolicy access;

    public ListGroups(Groups groups, Memberships memberships, AccessPolicy access) {
        this.groups = groups;
        this.memberships = memberships;
        this.access = access;
    }

    /** Input of {@link ListGroups}. */
    public record Query(Actor actor) {
        public Query {
            Objects.requireNonNull(actor, "actor");
        }
    }

    public List<GroupCard> list(Query query) {
        access.requireOnboarded(query.actor());
        var all = groups.all();
        var counts = memberships.memberCounts(all.stream().map(Group::id).toList());
        var joined = new HashSet<>(memberships.groupsOf(query.actor().id()));
        return all.stream()
                .map(group -> new GroupCard(group, counts.getOrDefault(group.id(), 0), joined.contains(group.id())))
                .toList();
    }
}

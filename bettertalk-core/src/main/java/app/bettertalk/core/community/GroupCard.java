package app.bettertalk.core.community;

/** A group as the group list shows it: with its member count and whether the viewer belongs. */
public record GroupCard(Group group, int memberCount, boolean joined) {
}

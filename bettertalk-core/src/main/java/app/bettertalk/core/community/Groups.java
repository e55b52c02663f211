package app.bettertalk.core.community;

import app.bettertalk.core.shared.Port;

import java.util.List;
import java.util.Optional;

/** Every topic group. */
@Port
public interface Groups {
    Optional<Group> byId(GroupId id);

    /** The group whose name equals {@code name} ignoring case. */
    Optional<Group> byName(String name);

    /** All groups, by name. */
    List<Group> all();

    /** Stores a new group; {@code Conflict("group_name_taken")} if the name is taken ignoring case. */
    void add(Group group);
}

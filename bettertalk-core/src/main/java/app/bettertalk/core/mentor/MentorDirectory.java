package app.bettertalk.core.mentor;

import app.bettertalk.core.shared.Port;

/** The verified mentors, searchable and sortable as the directory lists them. */
@Port
public interface MentorDirectory {
    /**
     * The page {@code criteria} asks for: verified mentors only, matching every filter, in exactly the order of
     * {@code criteria.sort().order()}, skipping {@code criteria.offset()} and holding at most {@code pageSize}.
     */
    DirectoryPage search(DirectoryCriteria criteria);
}

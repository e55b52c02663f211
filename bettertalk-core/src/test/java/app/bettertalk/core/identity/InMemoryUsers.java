package app.bettertalk.core.identity;

import app.bettertalk.core.access.Role;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.InMemoryState;
import app.bettertalk.core.shared.InMemoryTable;
import app.bettertalk.core.shared.NameSkeletons;
import app.bettertalk.core.shared.UserId;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** {@link Users} in memory, enforcing the same unique keys as the database: one account per username skeleton. */
public final class InMemoryUsers implements Users, InMemoryState {
    private final InMemoryTable<UserId, User> table = new InMemoryTable<>();
    private final InMemoryTable<UserId, List<Consent>> consents = new InMemoryTable<>();
    private final NameSkeletons skeletons;

    public InMemoryUsers(NameSkeletons skeletons) {
        this.skeletons = skeletons;
    }

    @Override
    public Optional<User> byId(UserId id) {
        return table.get(id);
    }

    @Override
    public Optional<User> byGoogleSubject(GoogleSubject subject) {
        return table.rows(user -> user.googleSubject().equals(subject)).stream().findFirst();
    }

    @Override
    public Optional<User> byEmail(EmailAddress email) {
        return table.rows(user -> user.email().equals(email)).stream()
                .max(Comparator.comparing(User::updatedAt));
    }

    @Override
    public Optional<User> byUsernameLike(String name) {
        var skeleton = skeletons.skeleton(name);
        return table.rows(user -> user.username().map(username -> skeletons.skeleton(username.value()))
                .filter(skeleton::equals).isPresent()).stream().findFirst();
    }

    @Override
    public List<User> byIds(Collection<UserId> ids) {
        var wanted = new HashSet<>(ids);
        return table.rows(user -> wanted.contains(user.id()));
    }

    @Override
    public List<User> withRole(Role role, int limit) {
        return table.rows(user -> user.role() == role).stream()
                .sorted(Comparator.comparing(User::createdAt)).limit(limit).toList();
    }

    @Override
    public synchronized void add(User user) {
        if (byGoogleSubject(user.googleSubject()).isPresent() || table.contains(user.id())) {
            throw new DomainException.Conflict("google_account_taken", "This Google account already has an account.");
        }
        checkUsernameFree(user);
        table.put(user.id(), user);
    }

    @Override
    public synchronized void update(User user) {
        if (!table.contains(user.id())) {
            throw new IllegalStateException("no stored user " + user.id());
        }
        checkUsernameFree(user);
        table.put(user.id(), user);
    }

    private void checkUsernameFree(User user) {
        user.username().flatMap(username -> byUsernameLike(username.value()))
                .filter(holder -> !holder.id().equals(user.id())).ifPresent(
                holder -> {
                    throw new DomainException.Conflict("username_taken",
                            "That anonymous username is taken; choose another.");
                });
    }

    @Override
    public synchronized void recordConsent(UserId user, Consent consent) {
        var given = consentsOf(user);
        if (given.stream().noneMatch(earlier -> earlier.version().equals(consent.version()))) {
            var all = new java.util.ArrayList<>(given);
            all.add(consent);
            consents.put(user, List.copyOf(all));
        }
    }

    @Override
    public List<Consent> consentsOf(UserId user) {
        return consents.get(user).orElse(List.of());
    }

    @Override
    public Object snapshot() {
        return List.of(table.snapshot(), consents.snapshot());
    }

    @Override
    public void restore(Object snapshot) {
        var both = (List<?>) snapshot;
        table.restore(both.get(0));
        consents.restore(both.get(1));
    }
}

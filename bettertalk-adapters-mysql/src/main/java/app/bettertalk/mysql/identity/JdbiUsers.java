package app.bettertalk.mysql.identity;

import app.bettertalk.core.access.Role;
import app.bettertalk.core.identity.AnonymousUsername;
import app.bettertalk.core.identity.Consent;
import app.bettertalk.core.identity.EmailAddress;
import app.bettertalk.core.identity.GoogleSubject;
import app.bettertalk.core.identity.PhoneNumber;
import app.bettertalk.core.identity.Profile;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.identity.Users;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.NameSkeletons;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.mysql.Columns;
import app.bettertalk.mysql.StoreErrors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * {@link Users} in the {@code users} table; the unique keys on Google subject, username and username skeleton do the
 * enforcing. An account's skeleton, by {@code skeletons}, is written once, as it takes its username (which never
 * changes): an account whose username looked like an older one's before skeletons were stored holds none (migration
 * 18.1), and stays editable.
 */
public final class JdbiUsers implements Users {
    private static final String SELECT = "SELECT * FROM users ";

    private final Jdbi jdbi;
    private final NameSkeletons skeletons;

    public JdbiUsers(Jdbi jdbi, NameSkeletons skeletons) {
        this.jdbi = jdbi;
        this.skeletons = skeletons;
    }

    @Override
    public Optional<User> byId(UserId id) {
        return one(SELECT + "WHERE id = ?", Columns.id(id.value()));
    }

    @Override
    public Optional<User> byGoogleSubject(GoogleSubject subject) {
        return one(SELECT + "WHERE google_subject = ?", subject.value());
    }

    @Override
    public Optional<User> byEmail(EmailAddress email) {
        return one(SELECT + "WHERE email = ? ORDER BY updated_at DESC LIMIT 1", email.value());
    }

    @Override
    public Optional<User> byUsernameLike(String name) {
        return one(SELECT + "WHERE username_skeleton = ?", skeletons.skeleton(name));
    }

    @Override
    public List<User> byIds(Collection<UserId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + "WHERE id IN (<ids>)")
                .bindList("ids", ids.stream().map(id -> Columns.id(id.value())).toList())
                .map(JdbiUsers::user).list());
    }

    @Override
    public List<User> withRole(Role role, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + "WHERE role = ? ORDER BY created_at LIMIT ?")
                .bind(0, role.name()).bind(1, limit).map(JdbiUsers::user).list());
    }

    @Override
    public void add(User user) {
        write("""
                INSERT INTO users (google_subject, email, google_name, role, phone_number, age, anonymous_username,
                                   username_key, username_skeleton, display_name, bio, created_at, updated_at, id)
                VALUES (:subject, :email, :googleName, :role, :phone, :age, :username, :usernameKey, :skeleton,
                        :displayName, :bio, :createdAt, :updatedAt, :id)""", user);
    }

    @Override
    public void update(User user) {
        // The skeleton comes first: MySQL assigns left to right, so anonymous_username is still the stored one there.
        write("""
                UPDATE users SET username_skeleton = CASE WHEN :erased THEN NULL
                                                          WHEN anonymous_username IS NULL THEN :skeleton
                                                          ELSE username_skeleton END,
                                 google_subject = :subject, email = :email, google_name = :googleName, role = :role,
                                 phone_number = :phone, age = :age, anonymous_username = :username,
                                 username_key = :usernameKey, display_name = :displayName, bio = :bio,
                                 created_at = :createdAt, updated_at = :updatedAt
                WHERE id = :id""", user);
    }

    private void write(String sql, User user) {
        var profile = user.profile();
        try {
            jdbi.useHandle(handle -> handle.createUpdate(sql)
                    .bind("subject", user.googleSubject().value())
                    .bind("email", user.email().value())
                    .bind("googleName", user.googleName())
                    .bind("role", user.role().name())
                    .bind("phone", profile.map(p -> p.phone().e164()).orElse(null))
                    .bind("age", profile.map(Profile::age).orElse(null))
                    .bind("username", profile.map(p -> p.username().value()).orElse(null))
                    .bind("usernameKey", profile.map(p -> p.username().key()).orElse(null))
                    .bind("skeleton", profile.map(p -> skeletons.skeleton(p.username().value())).orElse(null))
                    .bind("displayName", profile.map(Profile::displayName).orElse(""))
                    .bind("bio", profile.map(Profile::bio).orElse(""))
                    .bind("createdAt", Columns.at(user.createdAt()))
                    .bind("updatedAt", Columns.at(user.updatedAt()))
                    .bind("id", Columns.id(user.id().value()))
                    .bind("erased", user.erased())
                    .execute());
        } catch (RuntimeException e) {
            if (StoreErrors.isDuplicateOf(e, "uq_users_username_key")
                    || StoreErrors.isDuplicateOf(e, "uq_users_username_skeleton")) {
                throw new DomainException.Conflict("username_taken",
                        "That anonymous username is taken; choose another.");
            }
            if (StoreErrors.duplicateKey(e).isPresent()) {
                throw new DomainException.Conflict("google_account_taken",
                        "This Google account already has an account.");
            }
            throw e;
        }
    }

    private Optional<User> one(String sql, Object value) {
        return jdbi.withHandle(handle -> handle.createQuery(sql).bind(0, value).map(JdbiUsers::user).findOne());
    }

    private static User user(ResultSet rs, StatementContext ctx) throws SQLException {
        var id = new UserId(Columns.uuid(rs, "id"));
        var subject = new GoogleSubject(rs.getString("google_subject"));
        var email = new EmailAddress(rs.getString("email"));
        var role = Role.valueOf(rs.getString("role"));
        var createdAt = Columns.instant(rs, "created_at");
        var updatedAt = Columns.instant(rs, "updated_at");
        var username = rs.getString("anonymous_username");
        if (username == null) {
            return User.restore(id, subject, email, rs.getString("google_name"), role, createdAt, updatedAt);
        }
        var profile = new Profile(new AnonymousUsername(username), new PhoneNumber(rs.getString("phone_number")),
                rs.getInt("age"), rs.getString("display_name"), rs.getString("bio"));
        return User.restore(id, subject, email, rs.getString("google_name"), role, profile, createdAt, updatedAt);
    }

    @Override
    public void recordConsent(UserId user, Consent consent) {
        var already = jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT COUNT(*) FROM consents WHERE user_id = ? AND version = ?")
                .bind(0, Columns.id(user.value())).bind(1, consent.version()).mapTo(Integer.class).one());
        if (already > 0) {
            return;
        }
        try {
            jdbi.useHandle(handle -> handle.createUpdate(
                            "INSERT INTO consents (user_id, version, agreed_at) VALUES (?, ?, ?)")
                    .bind(0, Columns.id(user.value())).bind(1, consent.version())
                    .bind(2, Columns.at(consent.agreedAt())).execute());
        } catch (RuntimeException e) {
            if (StoreErrors.duplicateKey(e).isEmpty()) {
                throw e;
            }
        }
    }

    @Override
    public List<Consent> consentsOf(UserId user) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT version, agreed_at FROM consents WHERE user_id = ? ORDER BY agreed_at, version")
                .bind(0, Columns.id(user.value()))
                .map((rs, ctx) -> new Consent(rs.getString("version"), Columns.instant(rs, "agreed_at"))).list());
    }
}

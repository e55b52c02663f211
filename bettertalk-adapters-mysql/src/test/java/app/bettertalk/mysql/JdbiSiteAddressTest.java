package app.bettertalk.mysql;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class JdbiSiteAddressTest {
    private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");

    @ParameterizedTest
    @EnumSource(Target.class)
    void a_database_no_server_has_started_on_has_no_address(Target target) {
        var address = new JdbiSiteAddress(emptied(target).jdbi());

        assertThat(address.recorded()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void the_address_recorded_last_is_the_one_read(Target target) {
        var address = new JdbiSiteAddress(emptied(target).jdbi());

        address.record(URI.create("http://127.0.0.1:7070"), AT);
        address.record(URI.create("http://127.0.0.1:8181"), AT.plusSeconds(60));

        assertThat(address.recorded()).contains(URI.create("http://127.0.0.1:8181"));
    }

    private Database emptied(Target target) {
        var database = TestDatabases.emptied(getClass(), target);
        database.jdbi().useHandle(handle -> handle.execute("DELETE FROM site_address"));
        return database;
    }
}

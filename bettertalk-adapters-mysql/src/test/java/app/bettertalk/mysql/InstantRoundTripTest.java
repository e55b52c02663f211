package app.bettertalk.mysql;

import app.bettertalk.core.access.Role;
import app.bettertalk.core.identity.EmailAddress;
import app.bettertalk.core.identity.GoogleSubject;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.shared.UserId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

class InstantRoundTripTest {

    @ParameterizedTest(name = "on {0}")
    @EnumSource(Target.class)
    void instants_come_back_to_the_microsecond_whatever_the_driver_and_the_jvm_time_zone(Target target) {
        var stores = TestDatabases.freshStores(InstantRoundTripTest.class, target);
        var createdAt = Instant.parse("2026-03-29T01:30:00.123456Z"); // a daylight-saving change in Europe
        var updatedAt = Instant.parse("1999-12-31T23:59:59.999999Z");
        var user = User.restore(UserId.random(), new GoogleSubject("g-1"), new EmailAddress("a@example.com"), "A",
                Role.USER, createdAt, updatedAt);
        var original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
            stores.unitOfWork().inTransaction(() -> {
                stores.users().add(user);
                return null;
            });
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));

            var read = stores.users().byId(user.id()).orElseThrow();

            assertThat(read.createdAt()).isEqualTo(createdAt);
            assertThat(read.updatedAt()).isEqualTo(updatedAt);
        } finally {
            TimeZone.setDefault(original);
        }
    }
}

package app.bettertalk.mysql;

import app.bettertalk.core.ContractRows;
import app.bettertalk.core.community.GroupId;
import app.bettertalk.core.shared.FailureKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.SQLException;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A write the database refuses says nothing of what was written: not in the exception's message (Jdbi renders no
 * statement or bound values) and not in its {@link FailureKind}, which is what gets logged.
 */
class FailedWriteTest {
    private static final String SECRET = "my suicidal thoughts are back, phone me at 98765 40001";

    @ParameterizedTest
    @EnumSource(Target.class)
    void a_refused_insert_keeps_the_text_out_of_its_message_and_kind(Target target) {
        var stores = TestDatabases.freshStores(FailedWriteTest.class, target);
        var rows = new ContractRows(stores);
        var asha = rows.user("asha_k");

        var intoNoGroup = catchThrowable(() -> rows.write(() -> stores.posts().add(
                ContractRows.newPost(GroupId.random(), asha.id(), SECRET, ContractRows.T0))));
        var sameEmailAgain = catchThrowable(() -> rows.write(() -> stores.users().add(
                ContractRows.newUser("asha_k", ContractRows.T0))));

        for (var refused : new Throwable[] {intoNoGroup, sameEmailAgain}) {
            assertThat(refused).isNotNull();
            assertThat(topMessages(refused)).doesNotContain("suicidal").doesNotContain("98765")
                    .doesNotContain("arguments");
            assertThat(FailureKind.of(refused)).doesNotContain("suicidal").doesNotContain("98765")
                    .doesNotContain("@example.com").isNotBlank();
        }
    }

    /** The messages of the exceptions BetterTalk's stores throw, above the driver's own. */
    private static String topMessages(Throwable refused) {
        var messages = new ArrayList<String>();
        for (var cause = refused; cause != null && !(cause instanceof SQLException); cause = cause.getCause()) {
            messages.add(String.valueOf(cause.getMessage()));
        }
        return String.join(" | ", messages);
    }
}

package app.bettertalk.core.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FailureKindTest {
    private static void write(String text) {
        throw new IllegalStateException("could not store " + text,
                new UnsupportedOperationException("Duplicate entry 'asha@example.com' for key 'uq_users_email'"));
    }

    @Test
    void the_kind_names_the_classes_and_our_places_but_no_message() {
        Throwable failure = null;
        try {
            write("my suicidal thoughts are back, phone me at 98765 40001");
        } catch (IllegalStateException e) {
            failure = e;
        }

        var kind = FailureKind.of(failure);

        assertThat(kind).startsWith("IllegalStateException < UnsupportedOperationException at FailureKindTest.write:")
                .doesNotContain("suicidal").doesNotContain("98765").doesNotContain("asha@example.com")
                .doesNotContain("Duplicate");
    }

    @Test
    void a_cause_chain_that_loops_ends() {
        var first = new RuntimeException("a");
        var second = new RuntimeException("b", first);
        first.initCause(second);

        assertThat(FailureKind.of(first)).startsWith("RuntimeException < RuntimeException");
    }
}

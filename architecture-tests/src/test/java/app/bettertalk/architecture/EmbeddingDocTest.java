package app.bettertalk.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/embedding.md shows the code of two tests that run in the build; this keeps the page and the code equal. */
class EmbeddingDocTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void the_in_memory_example_on_the_page_is_the_code_the_build_runs() throws IOException {
        assertThat(doc()).contains(example(
                "bettertalk-core/src/test/java/app/bettertalk/core/EmbeddingExampleTest.java", "in memory"));
    }

    @Test
    void the_mysql_example_on_the_page_is_the_code_the_build_runs() throws IOException {
        assertThat(doc()).contains(example(
                "bettertalk-adapters-mysql/src/test/java/app/bettertalk/mysql/EmbeddingWithMySqlExampleTest.java",
                "MySQL"));
    }

    private static String doc() throws IOException {
        return Files.readString(ROOT.resolve("docs/embedding.md"));
    }

    /** The lines between the example's markers, with their common indentation removed. */
    private static String example(String file, String marker) throws IOException {
        var source = Files.readString(ROOT.resolve(file));
        var start = source.indexOf('\n', source.indexOf("// --- embedding: " + marker + " ---")) + 1;
        var end = source.lastIndexOf('\n', source.indexOf("// --- end ---", start)) + 1;
        assertThat(start).as("example markers in " + file).isPositive();
        // Without its last newline, so stripIndent does not count the empty line after it as unindented.
        return source.substring(start, end - 1).stripIndent() + "\n";
    }
}

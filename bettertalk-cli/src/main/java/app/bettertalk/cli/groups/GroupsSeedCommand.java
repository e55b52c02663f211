package app.bettertalk.cli.groups;

import app.bettertalk.cli.ExitCodes;
import app.bettertalk.cli.Output;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.community.SeedGroups;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code bettertalk groups seed FILE}: creates the groups a YAML or JSON list names. All or nothing; groups that
 * exist are skipped, so running the same file again creates nothing new. A malformed file changes nothing and says
 * which line is wrong.
 */
@Command(name = "seed", mixinStandardHelpOptions = true,
        header = "Create the groups listed in a YAML or JSON file; existing ones are skipped.",
        footer = {"", "FILE is a list of groups, in YAML:", "  - name: Anxiety", "    description: Worry, together",
                "or the same in JSON: [{\"name\": \"Anxiety\", \"description\": \"Worry, together\"}]"})
public final class GroupsSeedCommand implements Callable<Integer> {
    // YAML is a superset of JSON, so one parser reads both and reports lines for either.
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Supplier<SeedGroups> seedGroups;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The YAML or JSON list of groups.")
    Path file;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    public GroupsSeedCommand(Supplier<SeedGroups> seedGroups) {
        this.seedGroups = seedGroups;
    }

    /** One entry of the file. */
    public record Entry(String name, String description) {
    }

    @Override
    public Integer call() {
        var entries = read();
        var report = seedGroups.get().seed(new SeedGroups.Command(Actor.operator(),
                entries.stream().map(entry -> new SeedGroups.Draft(entry.name(), entry.description())).toList()));
        var out = spec.commandLine().getOut();
        if (json) {
            Output.json(out, Map.of("created", report.created(), "skipped", report.skipped()));
            return ExitCodes.OK;
        }
        report.created().forEach(name -> out.println("created  " + name));
        report.skipped().forEach(name -> out.println("skipped  " + name + " (exists)"));
        out.println(report.created().size() + " created, " + report.skipped().size() + " skipped.");
        return ExitCodes.OK;
    }

    private List<Entry> read() {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        try {
            List<Entry> entries = YAML.readValue(file.toFile(), new TypeReference<List<Entry>>() { });
            return entries == null ? List.of() : entries;
        } catch (JsonProcessingException e) {
            var where = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr();
            throw new IllegalArgumentException(file + where + ": " + e.getOriginalMessage().lines().findFirst()
                    .orElse("not a list of groups") + "; nothing was changed");
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}

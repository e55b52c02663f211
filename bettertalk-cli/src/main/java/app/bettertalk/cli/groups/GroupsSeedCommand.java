package app.bettertalk.cli.groups;

import app.bettertalk.cli.ExitCodes;
import app.bettertalk.cli.Output;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.community.SeedGroups;
import app.bettertalk.core.shared.DomainException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code bettertalk groups seed FILE}: creates the groups a YAML or JSON list names. All or nothing; groups that
 * exist are skipped, so running the same file again creates nothing new. A malformed file changes nothing and says
 * which line, or which entry and field, is wrong.
 */
@Command(name = "seed", mixinStandardHelpOptions = true,
        header = "Create the groups listed in a YAML or JSON file; existing ones are skipped.",
        footer = {"", "FILE is a list of groups, in YAML:", "  - name: Anxiety", "    description: Worry, together",
                "or the same in JSON: [{\"name\": \"Anxiety\", \"description\": \"Worry, together\"}]"})
public final class GroupsSeedCommand implements Callable<Integer> {
    // YAML is a superset of JSON, so one parser reads both and reports lines for either.
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> FIELDS = Set.of("name", "description");

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

    @Override
    public Integer call() {
        var report = seedGroups.get().seed(new SeedGroups.Command(Actor.operator(), read()));
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

    /**
     * The file's groups, each checked as a group is; anything wrong is one line naming the entry and its field, in
     * the file's words (never a Java type), and nothing is made.
     */
    private List<SeedGroups.Draft> read() {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            var where = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr();
            throw refused(where, "is not YAML or JSON");
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        if (root == null || root.isNull() || root.isMissingNode()) {
            return List.of();
        }
        if (!root.isArray()) {
            throw refused("", "must be a list of groups, each \"- name: ...\" with an optional description");
        }
        var drafts = new ArrayList<SeedGroups.Draft>();
        for (var i = 0; i < root.size(); i++) {
            drafts.add(draft(root.get(i), " entry " + (i + 1)));
        }
        return drafts;
    }

    private SeedGroups.Draft draft(JsonNode entry, String which) {
        if (!entry.isObject()) {
            throw refused(which, "must be a group with a name and an optional description");
        }
        for (var field : (Iterable<String>) entry::fieldNames) {
            if (!FIELDS.contains(field)) {
                throw refused(which, "has an unknown field \"" + field + "\" (a group has name and description)");
            }
        }
        try {
            return new SeedGroups.Draft(text(entry, "name", which), text(entry, "description", which));
        } catch (DomainException.Validation wrong) {
            throw refused(which, wrong.field() + " " + wrong.rule());
        }
    }

    private String text(JsonNode entry, String field, String which) {
        var value = entry.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw refused(which, field + " must be text");
        }
        return value.asText();
    }

    private IllegalArgumentException refused(String where, String why) {
        return new IllegalArgumentException(file + where + ": " + why + "; nothing was changed");
    }
}

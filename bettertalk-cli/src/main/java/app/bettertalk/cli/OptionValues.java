package app.bettertalk.cli;

import picocli.CommandLine;

/**
 * The ranges of commands' numeric options, checked before anything runs: a value out of range is a usage error
 * (exit 2, one line naming the option), as a malformed one is, never a failure of the command.
 */
public final class OptionValues {
    private OptionValues() {
    }

    /** Refuses {@code value} of {@code option} unless it is {@code min} to {@code max}. */
    public static void within(CommandLine.Model.CommandSpec spec, String option, long value, long min, long max) {
        if (value < min || value > max) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " must be " + min + " to " + max);
        }
    }

    /** Refuses {@code value} of {@code option} unless it is at least {@code min}. */
    public static void atLeast(CommandLine.Model.CommandSpec spec, String option, long value, long min) {
        if (value < min) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " must be at least " + min);
        }
    }
}

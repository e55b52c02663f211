/**
 * The {@code bettertalk} program: Picocli commands for admins, operators and cron. {@link app.bettertalk.cli.Wiring}
 * is the composition root, the only place that chooses adapters (the database, mailers, payments, live delivery, the
 * web server) and hands them to the core. Commands never see the whole core: each gets, by constructor, the named use
 * cases it runs (or, for {@code db}, {@code emails sweep} and {@code serve}, what they need of the wiring itself),
 * and the picocli factory {@code CommandFactory} is the table of which command gets what. Exit codes are {@link
 * app.bettertalk.cli.ExitCodes}; human text goes to stdout, one line per error to stderr.
 */
package app.bettertalk.cli;

/**
 * The {@code bettertalk} program: Picocli commands for admins, operators and cron, and {@link
 * app.bettertalk.cli.Wiring}, the only place that puts the core and its adapters together. Exit codes are {@link
 * app.bettertalk.cli.ExitCodes}; human text goes to stdout, one line per error to stderr.
 */
package app.bettertalk.cli;

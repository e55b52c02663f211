/**
 * The email adapter: {@link app.bettertalk.notifications.EmailTemplates} renders each kind of email as a subject, an
 * HTML body and a plain-text alternative from JTE templates ({@code src/main/jte/html} and {@code src/main/jte/text}),
 * with a link back to the right page and, for the kinds a person may turn off, an unsubscribe link.
 * {@link app.bettertalk.notifications.SmtpMailer} sends them over one SMTP connection per batch;
 * {@link app.bettertalk.notifications.MailboxDirectoryMailer} writes {@code .eml} files instead when no server is
 * configured. {@link app.bettertalk.notifications.EmailDispatcher} runs the core's sweep in the background of
 * {@code serve}. Emails say that something happened and link back; they never carry what anyone wrote, session notes,
 * or the other person's email or phone.
 */
package app.bettertalk.notifications;

/**
 * What keeps members safe and anonymous in what they write. Before a post, comment or chat message is stored,
 * {@link app.bettertalk.core.safety.CrisisScreen} says whether its text suggests the writer may be at risk of
 * self-harm or suicide, so they can be offered helplines (it never blocks anything; its phrases live in a plain text
 * file, {@link app.bettertalk.core.safety.CrisisPhrases}, an operator can replace), and
 * {@link app.bettertalk.core.safety.ContactDetails} hides phone numbers, email addresses and social handles, keeping
 * the helplines people share on purpose.
 */
package app.bettertalk.core.safety;

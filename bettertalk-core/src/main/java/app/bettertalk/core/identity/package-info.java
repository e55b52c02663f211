/**
 * People and their accounts: first Google sign-in creates a {@link app.bettertalk.core.identity.User}; onboarding
 * (phone, age, anonymous username) must be completed before anything else works; the anonymous username never
 * changes once set, every other profile field can. Email and phone are private to the owner and admins.
 * {@link app.bettertalk.core.identity.Lookalikes} keeps names from passing for another: a username that looks like
 * another's (the same UTS #39 skeleton, {@link app.bettertalk.core.shared.NameSkeletons}) is taken, and a display
 * name or mentor's public name may not look like another member's username or a reserved word.
 */
package app.bettertalk.core.identity;

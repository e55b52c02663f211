/**
 * People and their accounts: first Google sign-in creates a {@link app.bettertalk.core.identity.User}; onboarding
 * (phone, age, anonymous username) must be completed before anything else works; the anonymous username never
 * changes once set, every other profile field can. Email and phone are private to the owner and admins.
 */
package app.bettertalk.core.identity;

/**
 * What admins and operators do to accounts: list and find people (private fields included: an admin may read
 * everything that is not a chat message or a note), and grant or take back the admin role.
 */
package app.bettertalk.core.admin;

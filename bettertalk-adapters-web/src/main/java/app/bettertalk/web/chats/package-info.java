/**
 * "Your chats", registered by {@link app.bettertalk.web.chats.ChatsRoutes}: the {@code /chats} page and
 * {@code GET /api/v1/chats} (every chat of the signed-in person, newest activity first, with what is unread), the
 * navigation's unread badge on every page (counted when the page renders, so it works without JavaScript) and
 * {@code /ws/unread}, the socket that keeps the badge current while any page is open. The socket needs no broker of
 * its own: it listens to the chats' live delivery and counts again from the store.
 */
package app.bettertalk.web.chats;

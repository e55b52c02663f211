/**
 * The chat in the browser, registered by {@link app.bettertalk.web.chat.ChatRoutes}: the page
 * ({@link app.bettertalk.web.chat.ChatHandlers}), its JSON API ({@link app.bettertalk.web.chat.ChatApiHandlers}) and
 * the WebSocket ({@link app.bettertalk.web.chat.ChatSocket}), which delivers what the core stored, in the order it
 * stored it, once per socket, and says when the window ends.
 * Live delivery within one process is {@link app.bettertalk.web.chat.InProcessLiveDelivery}; a broker behind the same
 * core port would let several processes reach each other's sockets, since a socket only needs the notice that
 * something was stored and reads the messages themselves from the store.
 */
package app.bettertalk.web.chat;

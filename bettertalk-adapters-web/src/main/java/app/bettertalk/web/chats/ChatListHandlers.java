package app.bettertalk.web.chats;

import app.bettertalk.core.chat.ListChats;
import app.bettertalk.web.Requests;
import io.javalin.http.Context;

import java.util.Map;

/** The "Your chats" page and its JSON twin: one use case, rendered two ways. */
final class ChatListHandlers {
    private final ListChats listChats;

    ChatListHandlers(ListChats listChats) {
        this.listChats = listChats;
    }

    public void page(Context ctx) {
        var actor = Requests.actor(ctx);
        var chats = listChats.list(new ListChats.Query(actor));
        ctx.render("chats/list.jte", Map.of("frame", Requests.frame(ctx, "Your chats"),
                "page", ChatListPage.of(chats, actor)));
    }

    public void list(Context ctx) {
        var actor = Requests.actor(ctx);
        ctx.json(ChatsJson.ChatList.of(listChats.list(new ListChats.Query(actor)), actor));
    }
}

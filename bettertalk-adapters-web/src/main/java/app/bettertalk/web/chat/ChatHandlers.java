package app.bettertalk.web.chat;

import app.bettertalk.core.access.Actor;
import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.chat.ReadChat;
import app.bettertalk.core.chat.SendMessage;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.web.ErrorMapper;
import app.bettertalk.web.Requests;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.Map;

/**
 * The chat page, and sending from it without JavaScript. The page's script then takes over: the WebSocket, the
 * countdown and polling when the socket cannot connect.
 */
final class ChatHandlers {
    /** How many of the latest messages the page opens with. */
    static final int PAGE_MESSAGES = 200;

    private final ReadChat readChat;
    private final SendMessage sendMessage;

    ChatHandlers(ReadChat readChat, SendMessage sendMessage) {
        this.readChat = readChat;
        this.sendMessage = sendMessage;
    }

    public void page(Context ctx) {
        render(ctx, Requests.actor(ctx), Requests.id(ctx, "chatId", ChatId::parse), "", "");
    }

    public void send(Context ctx) {
        var actor = Requests.actor(ctx);
        var chat = Requests.id(ctx, "chatId", ChatId::parse);
        var text = Requests.form(ctx, "text");
        try {
            sendMessage.send(new SendMessage.Command(actor, chat, Requests.form(ctx, "clientMessageId"), text));
            ctx.redirect("/chat/" + chat, HttpStatus.SEE_OTHER);
        } catch (DomainException.ChatExpired expired) {
            // The page renders read-only with the expiry banner; the text stays visible so it is not lost.
            ctx.status(ErrorMapper.status(expired));
            render(ctx, actor, chat, text, "");
        } catch (DomainException.Validation invalid) {
            ctx.status(ErrorMapper.status(invalid));
            render(ctx, actor, chat, text, describe(invalid));
        }
    }

    private void render(Context ctx, Actor actor, ChatId chat, String draft, String error) {
        var view = readChat.read(new ReadChat.Query(actor, chat, new ReadChat.Page.Latest(PAGE_MESSAGES)));
        var page = ChatPage.of(view, actor, draft, error);
        ctx.render("chat/thread.jte", Map.of("frame", Requests.frame(ctx, "Chat with " + page.counterpartName()),
                "page", page));
    }

    private static String describe(DomainException.Validation invalid) {
        return switch (invalid.field()) {
            case "text" -> "Your message " + invalid.rule() + ".";
            case "clientMessageId" -> "This form is out of date. Reload the page and send again.";
            default -> invalid.getMessage();
        };
    }
}

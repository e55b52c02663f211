package app.bettertalk.web.chat;

import app.bettertalk.core.chat.Message;
import app.bettertalk.core.moderation.FindConcernInChat;
import app.bettertalk.web.help.Helpline;
import app.bettertalk.web.safety.ContactNotice;
import app.bettertalk.web.safety.HelpFirst;
import java.util.List;
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
    private final FindConcernInChat findConcern;
    private final List<Helpline> helplines;

    ChatHandlers(ReadChat readChat, SendMessage sendMessage, FindConcernInChat findConcern, List<Helpline> helplines) {
        this.readChat = readChat;
        this.sendMessage = sendMessage;
        this.findConcern = findConcern;
        this.helplines = List.copyOf(helplines);
    }

    public void page(Context ctx) {
        render(ctx, Requests.actor(ctx), Requests.id(ctx, "chatId", ChatId::parse), "", "");
    }

    public void send(Context ctx) {
        var actor = Requests.actor(ctx);
        var chat = Requests.id(ctx, "chatId", ChatId::parse);
        var text = Requests.form(ctx, "text");
        var clientMessageId = Requests.form(ctx, "clientMessageId");
        try {
            var command = new SendMessage.Command(actor, chat, clientMessageId, text, HelpFirst.sendAnyway(ctx));
            var sent = sendMessage.send(command);
            var hidden = sent.stored() && !sent.message().text().equals(command.text());
            ctx.redirect("/chat/" + chat + (hidden ? "?hidden=contact" : ""), HttpStatus.SEE_OTHER);
        } catch (DomainException.HelpOffered held) {
            HelpFirst.render(ctx, new HelpFirst.Held("/chat/" + chat + "/messages", "text", text, Message.MAX_LENGTH,
                    Map.of("clientMessageId", clientMessageId), "/chat/" + chat, "Send it anyway"));
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
        var notice = "contact".equals(ctx.queryParam("hidden")) ? ContactNotice.TEXT : "";
        var page = ChatPage.of(view, actor, draft, error, notice, findConcern.find(actor, chat));
        ctx.render("chat/thread.jte", Map.of("frame", Requests.frame(ctx, "Chat with " + page.counterpartName()),
                "page", page, "helplines", helplines));
    }

    private static String describe(DomainException.Validation invalid) {
        return switch (invalid.field()) {
            case "text" -> "Your message " + invalid.rule() + ".";
            case "clientMessageId" -> "This form is out of date. Reload the page and send again.";
            default -> invalid.getMessage();
        };
    }
}

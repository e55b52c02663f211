package app.bettertalk.web.chat;

import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.chat.MessageId;
import app.bettertalk.core.chat.ReadChat;
import app.bettertalk.core.chat.SendMessage;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.web.Json;
import app.bettertalk.web.Requests;
import app.bettertalk.web.chat.ChatJson.ChatSummary;
import app.bettertalk.web.chat.ChatJson.MessageView;
import io.javalin.http.Context;

import java.util.List;

/** The chat API: a thread's summary, pages of its messages, and sending one (retries answered, not stored twice). */
final class ChatApiHandlers {
    /** How many messages a page holds when the request does not say. */
    static final int DEFAULT_LIMIT = 50;

    private final ReadChat readChat;
    private final SendMessage sendMessage;

    ChatApiHandlers(ReadChat readChat, SendMessage sendMessage) {
        this.readChat = readChat;
        this.sendMessage = sendMessage;
    }

    /** A page of messages, oldest first. */
    public record MessagePage(List<MessageView> messages) {
    }

    /** The body of a send; {@code sendAnyway} once the writer has been offered help for this text. */
    public record SendBody(String clientMessageId, String text, Boolean sendAnyway) {
    }

    public void summary(Context ctx) {
        var view = readChat.read(new ReadChat.Query(Requests.actor(ctx), chat(ctx), new ReadChat.Page.NoMessages()));
        ctx.json(ChatSummary.of(view));
    }

    /** {@code ?after=<message id>&limit=<n>}: the messages after that one; without {@code after}, the latest. */
    public void messages(Context ctx) {
        var actor = Requests.actor(ctx);
        var limit = limit(ctx.queryParam("limit"));
        var after = ctx.queryParam("after");
        ReadChat.Page page = after == null || after.isBlank() ? new ReadChat.Page.Latest(limit)
                : new ReadChat.Page.After(messageId(after), limit);
        var view = readChat.read(new ReadChat.Query(actor, chat(ctx), page));
        ctx.json(new MessagePage(view.messages().stream().map(message -> MessageView.of(message, actor)).toList()));
    }

    /** 201 with the stored message; 200 with the same message when this was a retry of one already stored. */
    public void send(Context ctx) {
        var actor = Requests.actor(ctx);
        var chat = chat(ctx);
        var body = Json.body(ctx, SendBody.class);
        var sent = sendMessage.send(new SendMessage.Command(actor, chat, body.clientMessageId(), body.text(),
                Boolean.TRUE.equals(body.sendAnyway())));
        ctx.status(sent.stored() ? 201 : 200).json(MessageView.of(sent.message(), actor));
    }

    private static ChatId chat(Context ctx) {
        return Requests.id(ctx, "id", ChatId::parse);
    }

    private static int limit(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new DomainException.Validation("limit", "must be 1 to 500");
        }
    }

    private static MessageId messageId(String text) {
        try {
            return MessageId.parse(text.strip());
        } catch (DomainException.Validation malformed) {
            throw new DomainException.Validation("after", malformed.rule());
        }
    }
}

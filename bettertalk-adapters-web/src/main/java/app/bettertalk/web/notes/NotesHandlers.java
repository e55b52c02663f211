package app.bettertalk.web.notes;

import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.notes.ReadNotes;
import app.bettertalk.core.notes.WriteNotes;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.web.ErrorMapper;
import app.bettertalk.web.Requests;
import app.bettertalk.web.WebRefusal;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.Map;

/** The notes tab of a chat: the mentor writes, the user reads; the core decides who is which, and refuses others. */
final class NotesHandlers {
    private final ReadNotes readNotes;
    private final WriteNotes writeNotes;

    NotesHandlers(ReadNotes readNotes, WriteNotes writeNotes) {
        this.readNotes = readNotes;
        this.writeNotes = writeNotes;
    }

    public void page(Context ctx) {
        var chat = Requests.id(ctx, "chatId", ChatId::parse);
        render(ctx, NotesPage.of(chat, readNotes.read(new ReadNotes.Query(Requests.actor(ctx), chat))));
    }

    public void save(Context ctx) {
        var actor = Requests.actor(ctx);
        var chat = Requests.id(ctx, "chatId", ChatId::parse);
        var text = Requests.form(ctx, "text");
        var base = baseVersion(Requests.form(ctx, "baseVersion"));
        try {
            writeNotes.write(new WriteNotes.Command(actor, chat, text, base));
            ctx.redirect("/chat/" + chat + "/notes", HttpStatus.SEE_OTHER);
        } catch (DomainException.Conflict changed) {
            // Keep what they typed, edit from the version now stored, and show that version beside it.
            ctx.status(ErrorMapper.status(changed));
            var stored = NotesPage.of(chat, readNotes.read(new ReadNotes.Query(actor, chat)));
            render(ctx, stored.refused(text, stored.baseVersion(), true, "These notes were changed in another "
                    + "window since you opened them. Your text is still in the box; the latest saved version is "
                    + "shown below it. Save again to replace it with yours."));
        } catch (DomainException.Validation invalid) {
            ctx.status(ErrorMapper.status(invalid));
            var stored = NotesPage.of(chat, readNotes.read(new ReadNotes.Query(actor, chat)));
            render(ctx, stored.refused(text, base, false, "Notes " + invalid.rule() + "."));
        }
    }

    private static void render(Context ctx, NotesPage page) {
        ctx.render("notes/notes.jte", Map.of("frame", Requests.frame(ctx, "Session notes"), "page", page));
    }

    /** The hidden field the page itself wrote; anything but a number is a tampered form. */
    static int baseVersion(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw WebRefusal.malformed("baseVersion must be a whole number.");
        }
    }
}

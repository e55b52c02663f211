package app.bettertalk.web.notes;

import app.bettertalk.core.notes.ReadNotes;
import app.bettertalk.core.notes.WriteNotes;
import app.bettertalk.web.FeatureRoutes;
import io.javalin.config.JavalinConfig;

/** A chat's session notes: the notes tab and {@code /api/v1/chats/{id}/notes}. */
public final class NotesRoutes implements FeatureRoutes {
    private final NotesHandlers page;
    private final NotesApiHandlers api;

    public NotesRoutes(ReadNotes readNotes, WriteNotes writeNotes) {
        this.page = new NotesHandlers(readNotes, writeNotes);
        this.api = new NotesApiHandlers(readNotes, writeNotes);
    }

    @Override
    public void register(JavalinConfig cfg) {
        cfg.routes.get("/chat/{chatId}/notes", page::page);
        cfg.routes.post("/chat/{chatId}/notes", page::save);
        cfg.routes.get("/api/v1/chats/{id}/notes", api::read);
        cfg.routes.put("/api/v1/chats/{id}/notes", api::write);
    }
}

package app.bettertalk.core.notes;

import app.bettertalk.core.InMemoryStores;
import app.bettertalk.core.Stores;

class InMemoryNotesDocumentsTest extends NotesDocumentsContract {
    @Override
    protected Stores freshStores() {
        return InMemoryStores.create();
    }
}

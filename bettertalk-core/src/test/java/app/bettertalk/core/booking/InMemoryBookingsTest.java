package app.bettertalk.core.booking;

import app.bettertalk.core.InMemoryStores;
import app.bettertalk.core.Stores;

class InMemoryBookingsTest extends BookingsContract {
    @Override
    protected Stores freshStores() {
        return InMemoryStores.create();
    }
}

package app.bettertalk.core.review;

import app.bettertalk.core.InMemoryStores;
import app.bettertalk.core.Stores;

class InMemoryReviewsTest extends ReviewsContract {
    @Override
    protected Stores freshStores() {
        return InMemoryStores.create();
    }
}

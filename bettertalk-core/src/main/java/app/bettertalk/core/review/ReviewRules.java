package app.bettertalk.core.review;

import app.bettertalk.core.booking.Booking;
import app.bettertalk.core.chat.ChatThread;
import app.bettertalk.core.chat.ChatThreads;
import app.bettertalk.core.chat.ChatWindow;
import app.bettertalk.core.chat.SessionState;

import java.time.Instant;

/** What the review use cases read alike: whether a booking's chat has ended, from the pair's thread and the clock. */
final class ReviewRules {
    private ReviewRules() {
    }

    static boolean chatEnded(Booking booking, ChatThreads threads, Instant now) {
        // A paid booking always has its pair's thread; a window that never opened is over as soon as it starts.
        var window = threads.ofPair(booking.user(), booking.mentor()).map(ChatThread::window)
                .orElse(ChatWindow.unopened(booking.createdAt()));
        return booking.stateAt(window, now) == SessionState.ENDED;
    }
}

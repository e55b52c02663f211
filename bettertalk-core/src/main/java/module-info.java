/**
 * BetterTalk's core: the domain and use cases as plain Java. Every package is API: its use cases, values and the
 * ports an embedding application implements. It needs nothing but the JDK.
 */
module app.bettertalk.core {
    exports app.bettertalk.core;
    exports app.bettertalk.core.access;
    exports app.bettertalk.core.admin;
    exports app.bettertalk.core.booking;
    exports app.bettertalk.core.chat;
    exports app.bettertalk.core.community;
    exports app.bettertalk.core.identity;
    exports app.bettertalk.core.limits;
    exports app.bettertalk.core.mentor;
    exports app.bettertalk.core.moderation;
    exports app.bettertalk.core.notes;
    exports app.bettertalk.core.notification;
    exports app.bettertalk.core.review;
    exports app.bettertalk.core.safety;
    exports app.bettertalk.core.safetyplan;
    exports app.bettertalk.core.shared;
}

package app.bettertalk.web;

import io.javalin.Javalin;
import io.javalin.websocket.WsHandlerType;

import java.util.List;
import java.util.stream.Stream;

/** What a server registered, read back from its router, so the route matrix and the API description can be kept. */
final class RegisteredRoutes {
    private RegisteredRoutes() {
    }

    static List<String> of(Javalin javalin) {
        var router = javalin.unsafe.internalRouter;
        var http = router.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .map(endpoint -> endpoint.method.name() + " " + endpoint.path);
        var sockets = router.allWsHandlers().stream()
                .filter(entry -> entry.getType() == WsHandlerType.WEBSOCKET)
                .map(entry -> "WS " + entry.getPath());
        return Stream.concat(http, sockets).toList();
    }
}

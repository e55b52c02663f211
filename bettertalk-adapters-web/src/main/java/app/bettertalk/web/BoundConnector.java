package app.bettertalk.web;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ServerSocketChannel;
import java.util.function.BiFunction;

/** A Jetty connector, with Javalin's HTTP configuration, over a socket that was bound before the server started. */
final class BoundConnector {
    private BoundConnector() {
    }

    static BiFunction<Server, HttpConfiguration, Connector> on(ServerSocketChannel listening) {
        return (server, http) -> {
            var connector = new ServerConnector(server, new HttpConnectionFactory(http));
            try {
                connector.open(listening);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot listen on " + listening + ": " + e.getMessage(), e);
            }
            return connector;
        };
    }
}

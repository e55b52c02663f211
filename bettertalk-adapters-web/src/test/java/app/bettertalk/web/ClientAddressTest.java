package app.bettertalk.web;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {
    private static WebSettings trusting(String... proxies) {
        return new WebSettings(URI.create("https://bettertalk.example"), false, "", "", Optional.empty(), List.of(),
                Set.of(proxies));
    }

    @Test
    void without_trusted_proxies_the_connection_is_the_client_whatever_it_forwards() {
        assertThat(trusting().clientAddress("203.0.113.9", "198.51.100.1")).isEqualTo("203.0.113.9");
    }

    @Test
    void behind_a_trusted_proxy_the_client_is_the_rightmost_untrusted_hop() {
        var settings = trusting("10.0.0.2", "10.0.0.3");

        assertThat(settings.clientAddress("10.0.0.2", "198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(settings.clientAddress("10.0.0.2", "1.2.3.4, 198.51.100.7, 10.0.0.3")).isEqualTo("198.51.100.7");
        // A client that writes its own X-Forwarded-For only adds entries left of the one the proxy wrote.
        assertThat(settings.clientAddress("10.0.0.2", "6.6.6.6,198.51.100.7")).isEqualTo("198.51.100.7");
    }

    @Test
    void a_trusted_proxy_that_forwards_nothing_is_itself_the_address() {
        assertThat(trusting("10.0.0.2").clientAddress("10.0.0.2", null)).isEqualTo("10.0.0.2");
        assertThat(trusting("10.0.0.2").clientAddress("10.0.0.2", " , ")).isEqualTo("10.0.0.2");
    }
}

package app.bettertalk.web;

import app.bettertalk.core.access.Actor;
import app.bettertalk.core.community.CreateGroup;
import app.bettertalk.core.community.JoinGroup;
import app.bettertalk.core.community.WritePost;
import app.bettertalk.web.chat.OpenChat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No page loads anything from another origin: no fonts, scripts, styles, images or analytics of a third party. A real
 * browser opens every main page as a visitor, a member, a mentor and an admin, and Chromium's own network log must
 * name nothing but this site (and {@code data:} or {@code blob:} the page made itself). Razorpay's checkout is the
 * one listed exception, for the payment step only, once real payments are configured.
 */
class SameOriginBrowserTest {
    /** The hosts a page may reach besides its own: Razorpay's, on the payment step. */
    static final Set<String> PAYMENT_HOSTS = Set.of("checkout.razorpay.com", "api.razorpay.com");

    private static Chrome chrome;
    private final TestSite site = new TestSite();

    @BeforeAll
    static void startBrowser() {
        chrome = Chrome.startRecordingRequests();
    }

    @AfterAll
    static void stopBrowser() {
        chrome.close();
    }

    @AfterEach
    void closeSite() {
        site.close();
    }

    @Test
    void every_main_page_loads_only_from_its_own_origin() {
        var chat = OpenChat.between(site, "asha_k", "ravi_k", 7);
        chat.send(chat.userId(), "c1", "Hello");
        var asha = site.core.identifyActor().identify(chat.userId());
        var group = site.core.createGroup().create(new CreateGroup.Command(Actor.operator(), "Anxiety", "Worry"));
        site.core.joinGroup().join(new JoinGroup.Command(asha, group.id()));
        site.core.writePost().write(new WritePost.Command(asha, group.id(), "Mornings are hard", false));
        var admin = site.admin("meera_k");
        var plan = site.stores.plans().ofMentor(chat.mentorId()).getFirst();
        var requests = new LinkedHashMap<String, List<String>>();

        chrome.on(site);
        visit(requests, "visitor", "/", "/signin", "/help", "/privacy", "/terms", "/mentors",
                "/mentor/" + chat.mentorId());
        chrome.signedInLike(chat.user());
        visit(requests, "member", "/groups", "/groups/" + group.id(), "/mentors", "/mentor/" + chat.mentorId(),
                "/book/" + plan.id(), "/chats", chat.page(), chat.page() + "/notes", "/profile", "/profile/emails",
                "/profile/reports", "/profile/delete", "/profile/" + chat.mentorId(), "/help", "/mentor/apply");
        chrome.signedInLike(chat.mentor());
        visit(requests, "mentor", "/mentor/dashboard", "/mentor/dashboard/plans", chat.page(), "/chats");
        chrome.signedInLike(admin);
        visit(requests, "admin", "/admin", "/admin/moderation", "/admin/words");

        var own = URI.create(site.baseUrl);
        var foreign = new ArrayList<String>();
        requests.forEach((page, urls) -> urls.stream().filter(url -> !sameOrigin(own, url))
                .forEach(url -> foreign.add(page + " -> " + url)));
        assertThat(requests).hasSize(29).allSatisfy((page, urls) -> assertThat(urls).as(page).isNotEmpty());
        assertThat(foreign).isEmpty();
    }

    private static void visit(Map<String, List<String>> requests, String who, String... paths) {
        for (var path : paths) {
            chrome.requestedUrls();
            chrome.open(path);
            chrome.waitUntil(driver -> "complete".equals(chrome.driver.executeScript("return document.readyState")));
            requests.put(who + " " + path, chrome.requestedUrls());
        }
    }

    private static boolean sameOrigin(URI own, String url) {
        if (url.startsWith("data:") || url.startsWith("blob:") || url.startsWith("about:")) {
            return true;
        }
        var asked = URI.create(url);
        var scheme = asked.getScheme().replace("wss", "https").replace("ws", "http");
        return scheme.equals(own.getScheme()) && own.getHost().equals(asked.getHost())
                && own.getPort() == asked.getPort();
    }
}

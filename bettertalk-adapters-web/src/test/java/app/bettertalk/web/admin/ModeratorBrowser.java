package app.bettertalk.web.admin;

import app.bettertalk.core.access.Actor;
import app.bettertalk.core.admin.ChangeModeratorRole;
import app.bettertalk.web.Browser;
import app.bettertalk.web.TestSite;

/** A browser signed in as a moderator, made one as an admin would. */
public final class ModeratorBrowser {
    private ModeratorBrowser() {
    }

    public static Browser of(TestSite site, String username) {
        var browser = site.member(username);
        site.core.changeModeratorRole().change(new ChangeModeratorRole.Command(Actor.operator(),
                browser.userId(site.stores), true));
        return browser;
    }
}

package app.bettertalk.web.admin;

import app.bettertalk.core.community.CreateGroup;
import app.bettertalk.core.community.ListGroups;
import app.bettertalk.core.mentor.VerifyMentor;
import app.bettertalk.core.mentor.ViewMentorRoster;
import app.bettertalk.core.moderation.ListWatchedWords;
import app.bettertalk.core.moderation.UnwatchWord;
import app.bettertalk.core.moderation.WatchWord;
import app.bettertalk.web.FeatureRoutes;
import io.javalin.config.JavalinConfig;

/** The admin pages: verifying mentors, creating groups, and the watched words. */
public final class AdminRoutes implements FeatureRoutes {
    private final AdminHandlers admin;
    private final WordsHandlers words;

    public AdminRoutes(ViewMentorRoster viewMentorRoster, ListGroups listGroups, VerifyMentor verifyMentor,
                       CreateGroup createGroup, ListWatchedWords listWatchedWords, WatchWord watchWord,
                       UnwatchWord unwatchWord) {
        this.admin = new AdminHandlers(viewMentorRoster, listGroups, verifyMentor, createGroup);
        this.words = new WordsHandlers(listWatchedWords, watchWord, unwatchWord);
    }

    @Override
    public void register(JavalinConfig cfg) {
        cfg.routes.get("/admin", admin::page);
        cfg.routes.post("/admin/mentors/{id}/verify", admin::verify);
        cfg.routes.post("/admin/mentors/{id}/unverify", admin::unverify);
        cfg.routes.post("/admin/groups", admin::createGroup);
        cfg.routes.get("/admin/words", words::page);
        cfg.routes.post("/admin/words", words::watch);
        cfg.routes.post("/admin/words/remove", words::unwatch);
    }
}

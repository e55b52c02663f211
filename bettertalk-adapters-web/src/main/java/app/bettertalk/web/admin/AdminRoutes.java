package app.bettertalk.web.admin;

import app.bettertalk.core.community.CreateGroup;
import app.bettertalk.core.community.ListGroups;
import app.bettertalk.core.mentor.VerifyMentor;
import app.bettertalk.core.mentor.ViewMentorRoster;
import app.bettertalk.web.FeatureRoutes;
import io.javalin.config.JavalinConfig;

/** The admin page: verifying mentors and creating groups. */
public final class AdminRoutes implements FeatureRoutes {
    private final AdminHandlers admin;

    public AdminRoutes(ViewMentorRoster viewMentorRoster, ListGroups listGroups, VerifyMentor verifyMentor,
                       CreateGroup createGroup) {
        this.admin = new AdminHandlers(viewMentorRoster, listGroups, verifyMentor, createGroup);
    }

    @Override
    public void register(JavalinConfig cfg) {
        cfg.routes.get("/admin", admin::page);
        cfg.routes.post("/admin/mentors/{id}/verify", admin::verify);
        cfg.routes.post("/admin/mentors/{id}/unverify", admin::unverify);
        cfg.routes.post("/admin/groups", admin::createGroup);
    }
}

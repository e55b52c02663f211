package app.bettertalk.web.directory;

import app.bettertalk.core.mentor.FindMentors;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.web.ErrorMapper;
import app.bettertalk.web.Requests;
import io.javalin.http.Context;

import java.util.Map;

/** The directory page and its API: parse the URL's search, find mentors, render. */
final class DirectoryHandlers {
    private final FindMentors findMentors;

    DirectoryHandlers(FindMentors findMentors) {
        this.findMentors = findMentors;
    }

    void page(Context ctx) {
        var sent = SearchParameters.of(ctx);
        DirectoryView view;
        try {
            view = DirectoryView.of(sent, findMentors.find(sent.query(Requests.actor(ctx))));
        } catch (DomainException.Validation refused) {
            ctx.status(ErrorMapper.status(refused));
            view = DirectoryView.refused(sent, refused);
        }
        ctx.render("directory/mentors.jte", Map.of("frame", Requests.frame(ctx, "Find a mentor"), "directory", view));
    }

    void api(Context ctx) {
        var page = findMentors.find(SearchParameters.of(ctx).query(Requests.actor(ctx)));
        ctx.json(DirectoryJson.MentorList.of(page));
    }
}

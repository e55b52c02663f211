package app.bettertalk.web.admin;

import app.bettertalk.core.moderation.ListWatchedWords;
import app.bettertalk.core.moderation.UnwatchWord;
import app.bettertalk.core.moderation.WatchWord;
import app.bettertalk.core.safety.WatchedWord;
import app.bettertalk.core.safety.WordAction;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.web.ErrorMapper;
import app.bettertalk.web.Requests;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The watched words page: the list with what each word does, a form to watch a word (or change what a watched one
 * does) and a button to stop watching each. Only admins; the core says who is one.
 */
final class WordsHandlers {
    private final ListWatchedWords listWatchedWords;
    private final WatchWord watchWord;
    private final UnwatchWord unwatchWord;

    WordsHandlers(ListWatchedWords listWatchedWords, WatchWord watchWord, UnwatchWord unwatchWord) {
        this.listWatchedWords = listWatchedWords;
        this.watchWord = watchWord;
        this.unwatchWord = unwatchWord;
    }

    public void page(Context ctx) {
        var done = ctx.queryParam("done");
        render(ctx, new AdminViews.WordForm("", WordAction.HOLD.key(), "", done == null ? "" : done));
    }

    public void watch(Context ctx) {
        var word = Requests.form(ctx, "word");
        var action = Requests.form(ctx, "action");
        try {
            var watched = watchWord.watch(new WatchWord.Command(Requests.actor(ctx), word, WordAction.parse(action)));
            var effect = AdminViews.effect(watched.action()).toLowerCase(Locale.ROOT);
            done(ctx, "Watching “" + watched.word() + "”: " + effect + ".");
        } catch (DomainException.Validation refused) {
            ctx.status(ErrorMapper.status(refused));
            render(ctx, new AdminViews.WordForm(word, action, label(refused.field()) + " " + refused.rule() + ".",
                    ""));
        }
    }

    public void unwatch(Context ctx) {
        var word = Requests.form(ctx, "word");
        try {
            unwatchWord.unwatch(new UnwatchWord.Command(Requests.actor(ctx), word));
            done(ctx, "Stopped watching “" + WatchedWord.normal(word) + "”.");
        } catch (DomainException.Validation | DomainException.NotFound refused) {
            ctx.status(ErrorMapper.status(refused));
            ErrorMapper.answeredHere(ctx);
            var reason = refused instanceof DomainException.Validation v
                    ? label(v.field()) + " " + v.rule() + "." : "That word is not watched.";
            render(ctx, new AdminViews.WordForm("", WordAction.HOLD.key(), reason, ""));
        }
    }

    private void done(Context ctx, String notice) {
        ctx.redirect("/admin/words?done=" + URLEncoder.encode(notice, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, AdminViews.WordForm form) {
        List<AdminViews.WordRow> rows = listWatchedWords.list(Requests.actor(ctx)).stream()
                .map(AdminViews.WordRow::of).toList();
        ctx.render("admin/words.jte", Map.of("frame", Requests.frame(ctx, "Watched words"), "rows", rows,
                "form", form));
    }

    private static String label(String field) {
        return switch (field) {
            case "word" -> "The word";
            case "action" -> "What it does";
            default -> field;
        };
    }
}

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

    /**
     * The page; after a change it says what changed, from the list itself, so a link cannot make it say anything
     * the list does not.
     */
    public void page(Context ctx) {
        var words = listWatchedWords.list(Requests.actor(ctx));
        var watched = ctx.queryParam("watched");
        var removed = ctx.queryParam("removed");
        var notice = words.stream().filter(word -> word.word().equals(watched)).findFirst()
                .map(word -> "Watching “" + word.word() + "”: "
                        + AdminViews.effect(word.action()).toLowerCase(Locale.ROOT) + ".")
                .orElse(removed != null && !removed.isBlank()
                        && words.stream().noneMatch(word -> word.word().equals(removed))
                        ? "Stopped watching “" + removed + "”." : "");
        render(ctx, words, new AdminViews.WordForm("", WordAction.HOLD.key(), "", notice));
    }

    public void watch(Context ctx) {
        var word = Requests.form(ctx, "word");
        var action = Requests.form(ctx, "action");
        try {
            var watched = watchWord.watch(new WatchWord.Command(Requests.actor(ctx), word, WordAction.parse(action)));
            done(ctx, "watched", watched.word());
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
            done(ctx, "removed", WatchedWord.normal(word));
        } catch (DomainException.Validation | DomainException.NotFound refused) {
            ctx.status(ErrorMapper.status(refused));
            ErrorMapper.answeredHere(ctx);
            var reason = refused instanceof DomainException.Validation v
                    ? label(v.field()) + " " + v.rule() + "." : "That word is not watched.";
            render(ctx, new AdminViews.WordForm("", WordAction.HOLD.key(), reason, ""));
        }
    }

    private void done(Context ctx, String change, String word) {
        ctx.redirect("/admin/words?" + change + "=" + URLEncoder.encode(word, StandardCharsets.UTF_8),
                HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, AdminViews.WordForm form) {
        render(ctx, listWatchedWords.list(Requests.actor(ctx)), form);
    }

    private void render(Context ctx, List<WatchedWord> words, AdminViews.WordForm form) {
        var rows = words.stream().map(AdminViews.WordRow::of).toList();
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

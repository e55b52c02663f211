package app.bettertalk.web.mentor;

import app.bettertalk.core.mentor.ChangeMentorPhoto;
import app.bettertalk.core.mentor.RemoveMentorPhoto;
import app.bettertalk.core.mentor.ViewMentorPhoto;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.web.ErrorMapper;
import app.bettertalk.web.Requests;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;

/**
 * A mentor's photo: served (public, cached by version), uploaded from the dashboard as a multipart form, removed.
 * A refused upload comes back as the photo form with the reason.
 */
final class MentorPhotoHandlers {
    /** A year: the versioned URL names one picture, which never changes. */
    private static final String FOREVER = "max-age=31536000, immutable";

    private final ChangeMentorPhoto changeMentorPhoto;
    private final RemoveMentorPhoto removeMentorPhoto;
    private final ViewMentorPhoto viewMentorPhoto;

    MentorPhotoHandlers(ChangeMentorPhoto changeMentorPhoto, RemoveMentorPhoto removeMentorPhoto,
                        ViewMentorPhoto viewMentorPhoto) {
        this.changeMentorPhoto = changeMentorPhoto;
        this.removeMentorPhoto = removeMentorPhoto;
        this.viewMentorPhoto = viewMentorPhoto;
    }

    /**
     * {@code GET /mentors/{id}/photo?v=VERSION}. With the current version the answer may be kept a year; without it
     * (or with an old one) it must be revalidated, and its ETag makes that a 304. A photo anyone may see is
     * {@code public} for shared caches too; an unverified mentor's only {@code private}.
     */
    public void photo(Context ctx) {
        var mentor = Requests.id(ctx, "id", text -> UserId.parse("mentor", text));
        var shown = viewMentorPhoto.view(new ViewMentorPhoto.Query(Requests.actorOrVisitor(ctx), mentor));
        var photo = shown.photo();
        var etag = "\"" + photo.version() + "\"";
        var current = photo.version().equals(ctx.queryParam("v"));
        ctx.header("Cache-Control", (shown.shownToEveryone() ? "public, " : "private, ")
                + (current ? FOREVER : "no-cache"));
        ctx.header("ETag", etag);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Disposition", "inline");
        if (matches(ctx.header("If-None-Match"), etag)) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(photo.portrait().type().mediaType());
        ctx.result(photo.portrait().bytes());
    }

    /** {@code POST /mentor/photo}, a multipart form with the file in {@code photo}. */
    public void upload(Context ctx) {
        try {
            changeMentorPhoto.change(new ChangeMentorPhoto.Command(Requests.actor(ctx), uploaded(ctx)));
            ctx.redirect("/mentor/dashboard#photo", HttpStatus.SEE_OTHER);
        } catch (DomainException.Validation refused) {
            ctx.status(ErrorMapper.status(refused));
            ctx.render("mentor/photoForm.jte", Map.of("frame", Requests.frame(ctx, "Your photo"),
                    "error", FormErrors.message(refused)));
        }
    }

    /** {@code POST /mentor/photo/remove}: the page shows the initials again. */
    public void remove(Context ctx) {
        removeMentorPhoto.remove(new RemoveMentorPhoto.Command(Requests.actor(ctx)));
        ctx.redirect("/mentor/dashboard#photo", HttpStatus.SEE_OTHER);
    }

    /**
     * The file's bytes; none when no file was chosen. One larger than the core takes is not read whole: its first
     * byte past the limit is enough for the core to refuse it by size.
     */
    private static byte[] uploaded(Context ctx) {
        var file = ctx.uploadedFile("photo");
        if (file == null) {
            return new byte[0];
        }
        try (InputStream content = file.content()) {
            return content.readNBytes(ChangeMentorPhoto.MAX_UPLOAD_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an uploaded photo", e);
        }
    }

    /** Whether {@code If-None-Match} names {@code etag} (weakly compared, as RFC 9110 says for this header). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }
}

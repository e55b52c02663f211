package app.bettertalk.mysql.atrest;

import javax.crypto.AEADBadTagException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.UUID;

/**
 * Seals text for a column and opens it again: {@code bt1:} and the base64 of a nonce and AES-256-GCM ciphertext under
 * the data key of the value's scope. The associated data is the scope and the row ({@code table.column/id}), so a
 * value copied into another row, or under another scope, fails to open instead of showing there.
 */
public final class SealedText {
    static final String PREFIX = "bt1:";

    private final DataKeys keys;

    public SealedText(DataKeys keys) {
        this.keys = keys;
    }

    /** The scope of everything said in one chat: its messages and its notes. */
    public static String chat(UUID chat) {
        return "chat:" + chat;
    }

    /** The scope of a person's own data: their safety plan. */
    public static String person(UUID person) {
        return "person:" + person;
    }

    /** The scope of one moderation case: the reported copy, the reports and the decision's note. */
    public static String moderationCase(UUID moderationCase) {
        return "case:" + moderationCase;
    }

    /** The row a sealed value belongs to, as its associated data names it: {@code table.column/id[/id]}. */
    public static String row(String column, Object... ids) {
        var row = new StringBuilder(column);
        for (var id : ids) {
            row.append('/').append(id);
        }
        return row.toString();
    }

    /** {@code text} sealed for {@code row} under {@code scope}'s key; null stays null. */
    public String seal(String scope, String row, String text) {
        if (text == null) {
            return null;
        }
        var sealed = MasterKeys.Aead.seal(keys.of(scope), text.getBytes(StandardCharsets.UTF_8), aad(scope, row));
        return PREFIX + Base64.getEncoder().encodeToString(sealed);
    }

    /** The text {@link #seal} sealed for this row and scope; fails, naming only the row, if it does not open. */
    public String open(String scope, String row, String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(PREFIX)) {
            throw new UnreadableValue(row, "it is not sealed");
        }
        var key = keys.existing(scope).orElseThrow(() -> new UnreadableValue(row, "its data key is gone"));
        try {
            var plain = MasterKeys.Aead.open(key, Base64.getDecoder().decode(stored.substring(PREFIX.length())),
                    aad(scope, row));
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException | IllegalArgumentException e) {
            throw new UnreadableValue(row, "it was altered or belongs to another row");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available: " + e.getClass().getSimpleName(), e);
        }
    }

    /** Destroys {@code scope}'s data key: whatever was sealed under it, anywhere, can never be opened again. */
    public void forget(String scope) {
        keys.destroy(scope);
    }

    private static byte[] aad(String scope, String row) {
        return (scope + "|" + row).getBytes(StandardCharsets.UTF_8);
    }

    /** A stored value that cannot be opened; the message names its row, never its content. */
    public static final class UnreadableValue extends IllegalStateException {
        UnreadableValue(String row, String why) {
            super("the stored value of " + row + " cannot be opened: " + why);
        }
    }
}

package app.bettertalk.core.safety;

import app.bettertalk.core.safety.ContactDetails.Found;
import app.bettertalk.core.safety.ContactDetails.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Social media handles: an {@code @name} (not part of an email address, nor a time such as {@code @5pm}), a name
 * given after an app ("insta: some.name", "ig - some_name", "my snap is some_name", "discord id some_name#1234",
 * "telegram @x"), an invitation to an app ("whatsapp me") and links to profiles (instagram.com/…, t.me/…, wa.me/…,
 * snapchat.com/add/…, facebook.com/…, x.com/…, twitter.com/…, discord.gg/…). After the app's name alone, a name is
 * taken only when it looks made up (with a digit after a letter, a dot, an underscore or {@code @}); after
 * "insta:", "insta id" or "my insta is" any name is, but a common word ("my insta is private") is not. A member's
 * {@code @name} is hidden too: this rule cannot tell it from a name on another app.
 */
final class HandleShapes {
    private static final String NAME_CHAR = "[\\p{L}\\p{N}_]";
    private static final String NOT_AFTER_NAME = "(?!" + NAME_CHAR + ")";
    private static final String APPS = "(?:instagram|insta|ig|snapchat|snap|telegram|whatsapp|discord|facebook|fb"
            + "|twitter|tiktok|kik|skype|wechat|linkedin|reddit)" + NOT_AFTER_NAME;
    private static final Pattern MENTION = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+\\-@/])@(?<name>" + NAME_CHAR + "[\\p{L}\\p{N}_.]*+)");
    private static final Pattern NAMED_AFTER_APP = Pattern.compile("(?<!" + NAME_CHAR + ")(?<my>my\\h++)?" + APPS
            + "(?:\\h++(?<what>id|handle|username|user\\h?name|user|account|acc|profile)" + NOT_AFTER_NAME + ")?"
            + "\\h*+(?<said>[:=\\p{Pd}]|is" + NOT_AFTER_NAME + ")?\\h*+"
            + "(?<name>@?" + NAME_CHAR + "[\\p{L}\\p{N}_.]*+(?:#\\p{N}{4})?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern INVITATION = Pattern.compile(
            "(?<!" + NAME_CHAR + ")(?:whatsapp|telegram|snapchat)\\h++me" + NOT_AFTER_NAME, Pattern.CASE_INSENSITIVE);
    private static final Pattern PROFILE_LINK = Pattern.compile("(?<![\\p{L}\\p{N}.\\-])(?:https?://)?"
            + "(?:(?:www|m|mobile|web|vm|api|chat)\\.)?(?:instagram\\.com|instagr\\.am|t\\.me|telegram\\.me|wa\\.me"
            + "|whatsapp\\.com|snapchat\\.com|facebook\\.com|fb\\.com|fb\\.me|m\\.me|x\\.com|twitter\\.com"
            + "|discord\\.gg|discord\\.com|discordapp\\.com|tiktok\\.com|linkedin\\.com|reddit\\.com)/(?<path>\\S++)",
            Pattern.CASE_INSENSITIVE);
    /** A number with a unit, which no handle is: 5pm, 10.30am, 3rd, 2x, 45min. */
    private static final Pattern AMOUNT = Pattern.compile("\\p{N}[\\p{N}.:,]*+\\p{L}{0,5}+");
    private static final Pattern MADE_UP = Pattern.compile("[_.#]|\\p{L}\\p{N}");
    private static final Pattern HAS_LETTER = Pattern.compile("[\\p{L}_]");
    /** Words after an app's name that say a name follows even without "is" or a colon: "insta id some.name". */
    private static final Set<String> NAME_FOLLOWS = Set.of("id", "handle", "username", "user name");
    /** Words that follow "my insta is" or "ig -" in sentences and name no one. */
    private static final Set<String> COMMON_WORDS = Set.of("the", "a", "an", "my", "your", "his", "her", "their", "our",
            "its", "it", "this", "that", "these", "those", "is", "was", "are", "not", "no", "yes", "i", "me", "you",
            "we", "they", "he", "she", "in", "on", "off", "at", "for", "with", "and", "or", "but", "if", "when", "so",
            "too", "also", "very", "really", "just", "only", "still", "now", "there", "here", "what", "why", "how",
            "private", "public", "deleted", "deactivated", "inactive", "blocked", "banned", "hacked", "down", "dead",
            "gone", "same", "different", "empty", "new", "old", "full", "open", "closed", "boring", "toxic", "better",
            "worse", "bad", "good", "fine", "free", "idk", "lol", "ok", "okay", "etc", "e.g", "i.e");

    private HandleShapes() {
    }

    static List<Found> in(String text) {
        var found = new ArrayList<Found>();
        var mention = MENTION.matcher(text);
        while (mention.find()) {
            var end = endOfName(text, mention.start("name"), mention.end("name"));
            if (looksLikeAName(text.substring(mention.start("name"), end))) {
                found.add(new Found(mention.start(), end, Kind.HANDLE));
            }
        }
        var named = NAMED_AFTER_APP.matcher(text);
        while (named.find()) {
            var end = endOfName(text, named.start("name"), named.end("name"));
            if (namesSomeone(named, text.substring(named.start("name"), end))) {
                found.add(new Found(named.start("name"), end, Kind.HANDLE));
            }
        }
        var invitation = INVITATION.matcher(text);
        while (invitation.find()) {
            found.add(new Found(invitation.start(), invitation.end(), Kind.HANDLE));
        }
        var link = PROFILE_LINK.matcher(text);
        while (link.find()) {
            var end = link.end();
            while (end > link.start("path") && ".,;:!?)]}'\"".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            if (end > link.start("path")) {
                found.add(new Found(link.start(), end, Kind.HANDLE));
            }
        }
        return found;
    }

    /** A name ends before the dots that end its sentence. */
    private static int endOfName(String text, int start, int end) {
        while (end > start && text.charAt(end - 1) == '.') {
            end--;
        }
        return end;
    }

    private static boolean looksLikeAName(String name) {
        return HAS_LETTER.matcher(name).find() && !AMOUNT.matcher(name).matches();
    }

    private static boolean namesSomeone(Matcher named, String name) {
        if (!looksLikeAName(name.startsWith("@") ? name.substring(1) : name)) {
            return false;
        }
        var said = named.group("said");
        var what = named.group("what");
        var colon = said != null && !said.equalsIgnoreCase("is");
        var is = said != null && !colon;
        var given = colon || is && (named.group("my") != null || what != null)
                || what != null && NAME_FOLLOWS.contains(what.toLowerCase(Locale.ROOT).replaceAll("\\h+", " "));
        if (given) {
            return !COMMON_WORDS.contains(name.toLowerCase(Locale.ROOT));
        }
        return name.startsWith("@") || MADE_UP.matcher(name).find();
    }
}

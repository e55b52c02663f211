package app.bettertalk.web.admin;

import app.bettertalk.core.community.GroupCard;
import app.bettertalk.core.mentor.MentorRoster;
import app.bettertalk.core.safety.WatchedWord;
import app.bettertalk.core.safety.WordAction;
import app.bettertalk.display.IndiaTime;
import app.bettertalk.web.Display;

import java.util.List;

/** What the admin page shows, display-ready. */
public final class AdminViews {
    private AdminViews() {
    }

    /** The whole page; {@code form} holds what was typed into the new-group form and why it was refused. */
    public record Page(List<MentorRow> awaiting, List<MentorRow> verified, List<GroupRow> groups, GroupForm form) {
    }

    /** A mentor with their account's names and what they wrote when applying. */
    public record MentorRow(String id, String username, String name, String headline, String expertise,
                            String languages, String experience, String appliedAt) {
        static MentorRow of(MentorRoster.Entry entry) {
            var mentor = entry.mentor();
            var experience = mentor.experienceYears() == 0 ? "Not stated"
                    : Display.count(mentor.experienceYears(), "year", "years");
            return new MentorRow(mentor.id().toString(), entry.username(), entry.name(), mentor.headline(),
                    String.join(", ", mentor.expertise()), String.join(", ", mentor.languages()), experience,
                    IndiaTime.format(mentor.createdAt()));
        }
    }

    /** A group in the admin's list. */
    public record GroupRow(String id, String name, String description, String members) {
        static GroupRow of(GroupCard card) {
            var group = card.group();
            return new GroupRow(group.id().toString(), group.name(), group.description(),
                    Display.count(card.memberCount(), "member", "members"));
        }
    }

    /** The new-group form as typed; {@code error} empty when nothing was refused. */
    public record GroupForm(String name, String description, String error) {
        static final GroupForm EMPTY = new GroupForm("", "", "");
    }

    /** One watched word as its page lists it. */
    public record WordRow(String word, String action, String effect, String addedAt) {
        static WordRow of(WatchedWord word) {
            return new WordRow(word.word(), word.action().key(), AdminViews.effect(word.action()),
                    IndiaTime.format(word.addedAt()));
        }
    }

    /** What was typed into the watched-word form, why it was refused, and what the last change was. */
    public record WordForm(String word, String action, String error, String notice) {
    }

    /** What saying a watched word does to a post or comment, in an admin's words. */
    static String effect(WordAction action) {
        return switch (action) {
            case BLOCK -> "Refused, and the writer is asked to change it";
            case HOLD -> "Held until a moderator approves it";
            case FLAG -> "Posted, and moderators are asked to look";
        };
    }
}

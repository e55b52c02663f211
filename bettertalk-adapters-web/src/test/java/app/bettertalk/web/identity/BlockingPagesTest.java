package app.bettertalk.web.identity;

import app.bettertalk.core.access.Actor;
import app.bettertalk.core.community.CreateGroup;
import app.bettertalk.core.community.JoinGroup;
import app.bettertalk.core.community.WritePost;
import app.bettertalk.web.TestSite;
import app.bettertalk.web.chat.OpenChat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Blocking from a profile: silent to the blocked person, who then reaches the blocker nowhere. */
class BlockingPagesTest {
    private final TestSite site = new TestSite();
    private final OpenChat opened = OpenChat.between(site, "asha_k", "ravi_k", 7);

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void blocking_from_the_profile_hides_their_posts_and_messages_and_tells_them_nothing() {
        var asha = opened.user();
        var ravi = opened.mentor();
        var group = site.core.createGroup().create(new CreateGroup.Command(Actor.operator(), "Anxiety", ""));
        for (var id : new app.bettertalk.core.shared.UserId[] {opened.userId(), opened.mentorId()}) {
            site.core.joinGroup().join(new JoinGroup.Command(site.core.identifyActor().identify(id), group.id()));
        }
        site.core.writePost().write(new WritePost.Command(site.core.identifyActor().identify(opened.mentorId()),
                group.id(), "Ravi says hello"));
        var profile = asha.get("/profile/" + opened.mentorId());
        assertThat(profile.body()).contains("id=\"block\"");

        var blocked = asha.postForm("/profile/" + opened.mentorId() + "/block");

        assertThat(blocked.status()).isEqualTo(303);
        assertThat(asha.get(blocked.location()).body()).contains("id=\"unblock\"").contains("They are not told");
        assertThat(asha.get("/groups/" + group.id()).body()).doesNotContain("Ravi says hello");
        assertThat(ravi.get("/groups/" + group.id()).body()).contains("Ravi says hello");
        var sent = ravi.json("POST", opened.api() + "/messages", "{\"clientMessageId\":\"r1\",\"text\":\"you there?\"}");
        assertThat(sent.status()).isEqualTo(201);
        assertThat(ravi.get(opened.page()).body()).contains("you there?");
        assertThat(asha.get(opened.page()).body()).doesNotContain("you there?");
        assertThat(ravi.get("/profile/" + opened.userId()).body()).doesNotContain("blocked");

        var own = asha.json("POST", opened.api() + "/messages", "{\"clientMessageId\":\"a1\",\"text\":\"hi\"}");
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.json().at("/error/code").asText()).isEqualTo("blocked_them");

        asha.get("/profile/" + opened.mentorId());
        asha.postForm("/profile/" + opened.mentorId() + "/unblock");

        assertThat(asha.get(opened.page()).body()).contains("you there?");
    }

    @Test
    void the_api_blocks_and_unblocks_with_204() {
        var put = opened.user().json("PUT", "/api/v1/me/blocks/" + opened.mentorId(), "");
        var again = opened.user().json("PUT", "/api/v1/me/blocks/" + opened.mentorId(), "");
        var lifted = opened.user().json("DELETE", "/api/v1/me/blocks/" + opened.mentorId(), "");

        assertThat(put.status()).isEqualTo(204);
        assertThat(again.status()).isEqualTo(204);
        assertThat(lifted.status()).isEqualTo(204);
        assertThat(site.core.listBlocked().list(site.core.identifyActor().identify(opened.userId()))).isEmpty();
    }
}

package app.bettertalk.core.mentor;

import app.bettertalk.core.Stores;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static app.bettertalk.core.ContractRows.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link MentorDirectory} promises: every filter, every sort, stable pages, case-insensitive search
 * that takes {@code %}, {@code _}, {@code \}, quotes and SQL as plain text. An adapter's test extends this.
 */
public abstract class MentorDirectoryContract {
    private DirectorySeeds seeds;
    private MentorDirectory directory;

    /** Every port over one empty store. */
    protected abstract Stores freshStores();

    @BeforeEach
    void openStores() {
        var stores = freshStores();
        seeds = new DirectorySeeds(stores);
        directory = stores.mentorDirectory();
    }

    private DirectorySearch search() {
        return new DirectorySearch(directory);
    }

    @Test
    void a_card_shows_the_mentor_as_their_page_does() {
        var ravi = seeds.mentor("ravi_k").displayName("Ravi Kumar").headline("Here for the long nights")
                .expertise("self-growth", "Anxiety").languages("Hindi", "English").years(12).plans(799, 499)
                .retiredPlans(99).stored();
        seeds.rate(ravi, 3, 13);

        var cards = search().cards();

        assertThat(cards).singleElement().satisfies(card -> {
            assertThat(card.id()).isEqualTo(ravi);
            assertThat(card.name()).isEqualTo("Ravi Kumar");
            assertThat(card.headline()).isEqualTo("Here for the long nights");
            assertThat(card.expertise()).containsExactly("self-growth", "Anxiety");
            assertThat(card.languages()).containsExactly("Hindi", "English");
            assertThat(card.experienceYears()).isEqualTo(12);
            assertThat(card.lowestPrice()).contains(Paise.ofRupees(499));
            assertThat(card.rating()).isEqualTo(new Rating(3, 13));
        });
    }

    @Test
    void a_mentor_without_a_display_name_is_shown_by_their_anonymous_username() {
        seeds.mentor("meera_m").stored();

        assertThat(search().names()).containsExactly("meera_m");
    }

    @Test
    void unverified_mentors_are_not_listed() {
        seeds.mentor("ravi_k").stored();
        seeds.mentor("kabir").unverified().stored();

        assertThat(search().names()).containsExactly("ravi_k");
    }

    @Test
    void inactive_plans_are_ignored_for_the_lowest_price() {
        seeds.mentor("ravi_k").plans(900).retiredPlans(100).stored();

        assertThat(search().cards()).singleElement()
                .satisfies(card -> assertThat(card.lowestPrice()).contains(Paise.ofRupees(900)));
    }

    @Test
    void mentors_without_an_active_plan_are_left_out_by_default() {
        seeds.mentor("ravi_k").stored();
        seeds.mentor("meera_m").plans().retiredPlans(300).stored();

        assertThat(search().names()).containsExactly("ravi_k");
    }

    @Test
    void mentors_without_an_active_plan_are_listed_when_asked_for() {
        seeds.mentor("ravi_k").stored();
        seeds.mentor("meera_m").plans().retiredPlans(300).stored();

        var cards = search().anyPlan().cards();

        assertThat(cards).extracting(MentorCard::name).containsExactlyInAnyOrder("ravi_k", "meera_m");
        assertThat(cards).filteredOn(card -> card.name().equals("meera_m"))
                .singleElement().satisfies(card -> assertThat(card.lowestPrice()).isEmpty());
    }

    @Test
    void a_topic_filter_keeps_mentors_with_that_expertise() {
        seeds.mentor("ravi_k").expertise("grief", "anxiety").stored();
        seeds.mentor("meera_m").expertise("career").stored();

        assertThat(search().topics("anxiety").names()).containsExactly("ravi_k");
    }

    @Test
    void several_topics_keep_mentors_with_any_of_them() {
        seeds.mentor("ravi_k").expertise("grief").stored();
        seeds.mentor("meera_m").expertise("career").stored();
        seeds.mentor("kabir").expertise("sleep").stored();

        assertThat(search().topics("grief", "career").names()).containsExactlyInAnyOrder("ravi_k", "meera_m");
    }

    @Test
    void a_topic_matches_whatever_the_case() {
        seeds.mentor("ravi_k").expertise("Self-Growth").stored();

        assertThat(search().topics("SELF-growth").names()).containsExactly("ravi_k");
    }

    @Test
    void a_topic_does_not_match_a_language_of_the_same_name() {
        seeds.mentor("ravi_k").expertise("grief").languages("Tamil").stored();

        assertThat(search().topics("tamil").names()).isEmpty();
    }

    @Test
    void several_languages_keep_mentors_speaking_any_of_them() {
        seeds.mentor("ravi_k").languages("Hindi").stored();
        seeds.mentor("meera_m").languages("Tamil", "English").stored();
        seeds.mentor("kabir").languages("Bengali").stored();

        assertThat(search().languages("hindi", "tamil").names()).containsExactlyInAnyOrder("ravi_k", "meera_m");
    }

    @Test
    void a_language_in_its_own_script_matches() {
        seeds.mentor("ravi_k").languages("हिन्दी").stored();
        seeds.mentor("meera_m").languages("தமிழ்").stored();

        assertThat(search().languages("हिन्दी").names()).containsExactly("ravi_k");
    }

    @Test
    void topic_and_language_filters_must_both_hold() {
        seeds.mentor("ravi_k").expertise("grief").languages("Hindi").stored();
        seeds.mentor("meera_m").expertise("grief").languages("Tamil").stored();
        seeds.mentor("kabir").expertise("career").languages("Hindi").stored();

        assertThat(search().topics("grief").languages("hindi").names()).containsExactly("ravi_k");
    }

    @Test
    void a_price_limit_keeps_mentors_whose_lowest_active_price_is_at_most_it() {
        seeds.mentor("ravi_k").plans(1500, 499).stored();
        seeds.mentor("meera_m").plans(500).stored();
        seeds.mentor("kabir").plans(501).stored();
        seeds.mentor("asha").plans(2000).retiredPlans(200).stored();

        assertThat(search().priceMax(500).names()).containsExactlyInAnyOrder("ravi_k", "meera_m");
    }

    @Test
    void a_price_limit_leaves_out_mentors_without_an_active_plan() {
        seeds.mentor("ravi_k").plans().stored();

        assertThat(search().anyPlan().priceMax(500).names()).isEmpty();
    }

    @Test
    void a_term_matches_the_name_headline_bio_or_a_tag() {
        seeds.mentor("ravi_k").displayName("Ravi Sunrise").stored();
        seeds.mentor("meera_m").headline("Sunrise walks and talks").stored();
        seeds.mentor("kabir").bio("I talk about the sunrise of a new job.").stored();
        seeds.mentor("asha").expertise("sunrise-yoga").stored();
        seeds.mentor("dev").languages("Sunrise-speak").stored();
        seeds.mentor("zoya").stored();

        assertThat(search().q("sunrise").names())
                .containsExactlyInAnyOrder("Ravi Sunrise", "meera_m", "kabir", "asha", "dev");
    }

    @Test
    void every_term_must_match_somewhere() {
        seeds.mentor("ravi_k").headline("Grief and loss").bio("Mornings in Pune.").stored();
        seeds.mentor("meera_m").headline("Grief and loss").bio("Evenings in Delhi.").stored();

        assertThat(search().q("grief pune").names()).containsExactly("ravi_k");
    }

    @Test
    void a_term_matches_part_of_a_word() {
        seeds.mentor("ravi_k").expertise("anxiety").stored();

        assertThat(search().q("anx").names()).containsExactly("ravi_k");
    }

    @Test
    void a_term_matches_whatever_the_case() {
        seeds.mentor("ravi_k").headline("Burnout at WORK").stored();

        assertThat(search().q("work").names()).containsExactly("ravi_k");
    }

    @Test
    void a_term_with_an_accent_matches_whatever_the_case() {
        seeds.mentor("ravi_k").bio("Talks over coffee at the Café Mondegar.").stored();

        assertThat(search().q("CAFÉ").names()).containsExactly("ravi_k");
    }

    @Test
    void a_term_in_devanagari_matches() {
        seeds.mentor("ravi_k").bio("मैं सुनता हूँ।").stored();
        seeds.mentor("meera_m").stored();

        assertThat(search().q("सुनता").names()).containsExactly("ravi_k");
    }

    @Test
    void a_percent_sign_matches_only_itself() {
        seeds.mentor("ravi_k").headline("100% listening").stored();
        seeds.mentor("meera_m").headline("100 days of listening").stored();

        assertThat(search().q("100%").names()).containsExactly("ravi_k");
    }

    @Test
    void an_underscore_matches_only_itself() {
        seeds.mentor("ravi_k").headline("snake_case thinker").stored();
        seeds.mentor("meera_m").headline("snakescase thinker").stored();

        assertThat(search().q("e_c").names()).containsExactly("ravi_k");
    }

    @Test
    void a_backslash_matches_only_itself() {
        seeds.mentor("ravi_k").headline("Either\\or").stored();
        seeds.mentor("meera_m").headline("Either or").stored();
        seeds.mentor("kabir").headline("Eitheror").stored();

        assertThat(search().q("r\\o").names()).containsExactly("ravi_k");
    }

    @Test
    void the_escape_character_matches_only_itself() {
        seeds.mentor("ravi_k").headline("Hello! Glad you came").stored();
        seeds.mentor("meera_m").headline("Hello Glad you came").stored();

        assertThat(search().q("hello!").names()).containsExactly("ravi_k");
    }

    @Test
    void a_quote_matches_only_itself() {
        seeds.mentor("ravi_k").headline("Let's talk").stored();
        seeds.mentor("meera_m").headline("Lets talk").stored();

        assertThat(search().q("let's").names()).containsExactly("ravi_k");
    }

    @Test
    void sql_in_a_term_is_searched_for_as_text() {
        seeds.mentor("ravi_k").bio("He said \" OR 1=1 -- and laughed.").stored();
        seeds.mentor("meera_m").stored();

        assertThat(search().q("\" OR 1=1 --").names()).containsExactly("ravi_k");
    }

    @Test
    void sql_in_a_topic_is_compared_as_text() {
        seeds.mentor("ravi_k").expertise("grief").stored();

        assertThat(search().topics("' OR '1'='1").names()).isEmpty();
    }

    @Test
    void price_low_to_high_lists_the_cheapest_lowest_price_first_and_no_plan_last() {
        seeds.mentor("ravi_k").plans(900).stored();
        seeds.mentor("meera_m").plans(2000, 300).stored();
        seeds.mentor("kabir").plans().stored();
        seeds.mentor("asha").plans(500).stored();

        assertThat(search().anyPlan().sort(DirectorySort.PRICE_ASC).names())
                .containsExactly("meera_m", "asha", "ravi_k", "kabir");
    }

    @Test
    void price_high_to_low_lists_the_dearest_lowest_price_first_and_no_plan_last() {
        seeds.mentor("ravi_k").plans(900).stored();
        seeds.mentor("meera_m").plans(2000, 300).stored();
        seeds.mentor("kabir").plans().stored();
        seeds.mentor("asha").plans(500).stored();

        assertThat(search().anyPlan().sort(DirectorySort.PRICE_DESC).names())
                .containsExactly("ravi_k", "asha", "meera_m", "kabir");
    }

    @Test
    void rating_lists_the_highest_average_first_more_reviews_first_among_equals_and_unrated_last() {
        seeds.rate(seeds.mentor("ravi_k").stored(), 2, 8);
        seeds.rate(seeds.mentor("meera_m").stored(), 1, 5);
        seeds.mentor("kabir").stored();
        seeds.rate(seeds.mentor("asha").stored(), 4, 16);
        seeds.rate(seeds.mentor("dev").stored(), 3, 14);

        assertThat(search().sort(DirectorySort.RATING).names())
                .containsExactly("meera_m", "dev", "asha", "ravi_k", "kabir");
    }

    @Test
    void newest_lists_the_latest_to_join_first() {
        seeds.mentor("ravi_k").joined(at(10)).stored();
        seeds.mentor("meera_m").joined(at(30)).stored();
        seeds.mentor("kabir").joined(at(20)).stored();

        assertThat(search().sort(DirectorySort.NEWEST).names()).containsExactly("meera_m", "kabir", "ravi_k");
    }

    @Test
    void recommended_puts_a_hundred_good_reviews_above_one_perfect_one() {
        seeds.rate(seeds.mentor("ravi_k").stored(), 1, 5);
        seeds.rate(seeds.mentor("meera_m").stored(), 100, 480);
        seeds.mentor("kabir").stored();
        seeds.rate(seeds.mentor("asha").stored(), 2, 2);

        assertThat(search().names()).containsExactly("meera_m", "ravi_k", "kabir", "asha");
    }

    @Test
    void recommended_puts_the_more_recently_active_first_among_equal_scores() {
        seeds.mentor("ravi_k").active(at(10)).stored();
        seeds.mentor("meera_m").active(at(30)).stored();
        seeds.rate(seeds.mentor("kabir").active(at(20)).stored(), 2, 8);

        assertThat(search().names()).containsExactly("meera_m", "kabir", "ravi_k");
    }

    @Test
    void every_sort_breaks_ties_by_id_as_the_core_orders_ids() {
        var ids = new ArrayList<UserId>();
        for (var i = 0; i < 6; i++) {
            ids.add(seeds.mentor("twin_" + i).stored());
        }
        ids.sort(Recommendation::compareIds);

        for (var sort : DirectorySort.values()) {
            assertThat(search().sort(sort).cards()).as(sort.key()).extracting(MentorCard::id)
                    .containsExactlyElementsOf(ids);
        }
    }

    @Test
    void pages_together_list_every_mentor_once_in_order() {
        for (var i = 0; i < 7; i++) {
            seeds.mentor("twin_" + i).plans(100 + i % 3).stored();
        }
        var all = search().sort(DirectorySort.PRICE_ASC).pageSize(20).names();

        var paged = new ArrayList<String>();
        for (var page = 1; page <= 3; page++) {
            paged.addAll(search().sort(DirectorySort.PRICE_ASC).page(page, 3).names());
        }

        assertThat(paged).hasSize(7).doesNotHaveDuplicates().containsExactlyElementsOf(all);
    }

    @Test
    void a_page_says_whether_another_follows() {
        for (var i = 0; i < 4; i++) {
            seeds.mentor("twin_" + i).stored();
        }

        assertThat(search().page(1, 2).result().hasNext()).isTrue();
        assertThat(search().page(2, 2).result().hasNext()).isFalse();
    }

    @Test
    void a_page_past_the_end_is_empty() {
        seeds.mentor("ravi_k").stored();

        assertThat(search().page(3, 2).cards()).isEmpty();
    }

    @Test
    void filters_and_sort_apply_together() {
        seeds.mentor("ravi_k").expertise("grief").languages("Hindi").plans(400).stored();
        seeds.mentor("meera_m").expertise("grief").languages("Hindi").plans(300).headline("Loss, gently").stored();
        seeds.mentor("kabir").expertise("grief").languages("Hindi").plans(350).stored();
        seeds.mentor("asha").expertise("grief").languages("Tamil").plans(100).stored();

        var names = search().topics("grief").languages("hindi").priceMax(380).q("listener")
                .sort(DirectorySort.PRICE_DESC).names();

        assertThat(names).containsExactly("kabir");
    }

    /** The core's order agrees with what the store does: a sanity check on the rule itself. */
    @Test
    void the_core_order_of_the_cards_is_the_order_the_store_returns() {
        seeds.rate(seeds.mentor("ravi_k").plans(300).stored(), 3, 12);
        seeds.rate(seeds.mentor("meera_m").plans(200).stored(), 3, 12);
        seeds.rate(seeds.mentor("kabir").plans(300).stored(), 6, 24);
        seeds.mentor("asha").plans(100).stored();

        for (var sort : DirectorySort.values()) {
            var cards = search().sort(sort).cards();
            assertThat(cards).as(sort.key()).isSortedAccordingTo(sort.order());
        }
    }
}

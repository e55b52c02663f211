package app.bettertalk.core.mentor;

import app.bettertalk.core.World;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.Paise;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class FindMentorsTest {
    private final World world = new World();
    private final Actor asha = world.onboardedUser("asha");

    private static FindMentors.Query query(Actor actor, String q, List<String> topics, String priceMax,
                                           String hasPlan, String sort, String page) {
        return FindMentors.Query.of(actor, q, topics, List.of(), priceMax, hasPlan, sort, page);
    }

    private static String refusedField(Runnable attempt) {
        var refusal = catchThrowable(attempt::run);
        assertThat(refusal).isInstanceOf(DomainException.Validation.class);
        return ((DomainException.Validation) refusal).field();
    }

    @Test
    void blank_parameters_ask_for_the_first_page_of_mentors_with_a_plan_recommended_first() {
        var criteria = query(asha, "", List.of(), "", null, "", "").criteria();

        assertThat(criteria).isEqualTo(DirectoryCriteria.everything(FindMentors.PAGE_SIZE));
    }

    @Test
    void the_text_is_split_into_lower_cased_words() {
        var criteria = query(asha, "  Grief   PUNE ", List.of(), "", null, "", "").criteria();

        assertThat(criteria.terms()).containsExactly("grief", "pune");
    }

    @Test
    void more_than_five_words_are_refused() {
        assertThat(refusedField(() -> query(asha, "a b c d e f", List.of(), "", null, "", ""))).isEqualTo("q");
    }

    @Test
    void a_word_longer_than_forty_characters_is_refused() {
        assertThat(refusedField(() -> query(asha, "x".repeat(41), List.of(), "", null, "", ""))).isEqualTo("q");
    }

    @Test
    void more_than_ten_topics_are_refused() {
        var topics = IntStream.range(0, 11).mapToObj(i -> "topic" + i).toList();

        assertThat(refusedField(() -> query(asha, "", topics, "", null, "", ""))).isEqualTo("topic");
    }

    @Test
    void topics_are_compared_lower_cased_and_blank_ones_dropped() {
        var criteria = query(asha, "", List.of("Grief", " ", "GRIEF", "Career"), "", null, "", "").criteria();

        assertThat(criteria.topics()).containsExactly("grief", "career");
    }

    @Test
    void the_price_limit_is_read_in_rupees() {
        assertThat(query(asha, "", List.of(), "750", null, "", "").criteria().priceMax())
                .isEqualTo(Paise.ofRupees(750));
    }

    @Test
    void a_price_limit_that_is_not_a_whole_number_of_rupees_is_refused() {
        assertThat(refusedField(() -> query(asha, "", List.of(), "7.5", null, "", ""))).isEqualTo("price_max");
    }

    @Test
    void a_price_limit_of_zero_is_refused() {
        assertThat(refusedField(() -> query(asha, "", List.of(), "0", null, "", ""))).isEqualTo("price_max");
    }

    @Test
    void a_price_limit_above_the_highest_plan_price_is_refused() {
        assertThat(refusedField(() -> query(asha, "", List.of(), "100001", null, "", ""))).isEqualTo("price_max");
    }

    @Test
    void mentors_without_a_plan_are_included_when_has_plan_is_zero() {
        assertThat(query(asha, "", List.of(), "", "0", "", "").criteria().activePlanOnly()).isFalse();
    }

    @Test
    void a_has_plan_value_other_than_yes_or_no_is_refused() {
        assertThat(refusedField(() -> query(asha, "", List.of(), "", "maybe", "", ""))).isEqualTo("has_plan");
    }

    @Test
    void a_sort_off_the_list_is_refused_with_the_list() {
        var refusal = catchThrowable(() -> query(asha, "", List.of(), "", null, "cheapest", ""));

        assertThat(refusal).isInstanceOf(DomainException.Validation.class)
                .hasMessage("sort: must be one of recommended, price_asc, price_desc, rating, newest");
    }

    @Test
    void each_sort_is_found_by_its_key() {
        for (var sort : DirectorySort.values()) {
            assertThat(query(asha, "", List.of(), "", null, sort.key(), "").criteria().sort()).isEqualTo(sort);
        }
    }

    @Test
    void page_zero_is_refused() {
        assertThat(refusedField(() -> query(asha, "", List.of(), "", null, "", "0"))).isEqualTo("page");
    }

    @Test
    void a_page_that_is_not_a_number_is_refused() {
        assertThat(refusedField(() -> query(asha, "", List.of(), "", null, "", "two"))).isEqualTo("page");
    }

    @Test
    void someone_who_has_not_onboarded_may_not_search() {
        var newcomer = world.newcomer("kabir");

        var refusal = catchThrowable(() -> world.findMentors.find(query(newcomer, "", List.of(), "", null, "", "")));

        assertThat(refusal).isInstanceOf(DomainException.Forbidden.class);
    }

    @Test
    void a_verified_mentor_with_a_plan_is_found() {
        var ravi = world.verifiedMentor("ravi");
        world.plan(ravi, 7);

        var page = world.findMentors.find(query(asha, "", List.of(), "", null, "", ""));

        assertThat(page.cards()).extracting(MentorCard::id).containsExactly(ravi.id());
        assertThat(page.suggestions()).isEmpty();
    }

    @Test
    void an_empty_result_suggests_dropping_the_narrowest_filter_that_finds_someone() {
        world.plan(world.verifiedMentor("ravi"), 7);

        var page = world.findMentors.find(query(asha, "ravi", List.of("career"), "", null, "", ""));

        assertThat(page.cards()).isEmpty();
        assertThat(page.suggestion()).hasValueSatisfying(suggestion -> {
            assertThat(suggestion.dropped()).isEqualTo(DirectoryFilter.TOPIC);
            assertThat(suggestion.criteria().terms()).containsExactly("ravi");
            assertThat(suggestion.criteria().topics()).isEmpty();
        });
    }

    @Test
    void an_empty_result_lists_every_single_filter_whose_dropping_finds_someone_narrowest_first() {
        world.verifiedMentor("ravi");

        var page = world.findMentors.find(query(asha, "ravi", List.of(), "", null, "", ""));

        assertThat(page.suggestions()).extracting(DirectoryPage.Suggestion::dropped)
                .containsExactly(DirectoryFilter.ACTIVE_PLAN);
    }

    @Test
    void an_empty_page_after_the_last_suggests_nothing() {
        world.plan(world.verifiedMentor("ravi"), 7);

        var page = world.findMentors.find(query(asha, "", List.of(), "", null, "", "2"));

        assertThat(page.cards()).isEmpty();
        assertThat(page.suggestions()).isEqualTo(Collections.emptyList());
    }
}

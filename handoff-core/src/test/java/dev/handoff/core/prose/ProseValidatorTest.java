package dev.handoff.core.prose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.core.redact.Redactor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProseValidatorTest {

    private final ProseValidator validator = new ProseValidator(Redactor.defaults());
    private final ProseRequest request = ProseFixture.request(ProseFixture.vpn(),
            List.of(new RunbookPassage("kb/vpn/home-router.md", "VPN drops on home networks",
                    "Disable SIP ALG on the home router and lower the MTU to 1400.")));

    private static ModelProse prose(String category, ProseSection section, ModelProse.Sentence... sentences) {
        return new ModelProse(Map.of(section, List.of(sentences)), category);
    }

    private static ModelProse.Sentence s(String text, String... citations) {
        return new ModelProse.Sentence(text, List.of(citations));
    }

    private ProseResult validate(ModelProse reply) {
        return validator.validate(reply, request, ProseFixture.call());
    }

    @Test
    void a_paraphrase_citing_its_source_is_kept_with_that_source() {
        ProseResult r = validate(prose("Network", ProseSection.ESTABLISHED,
                s("Restarting the laptop twice did not stop the VPN disconnects.", "C2")));

        assertThat(r.fallbackReason()).isNull();
        assertThat(r.prose().get(ProseSection.ESTABLISHED)).singleElement()
                .satisfies(x -> assertThat(x.sources()).singleElement().satisfies(ref -> assertThat(ref.commentNumber()).isEqualTo(2)));
        assertThat(r.prose().category()).isEqualTo("Network");
    }

    @Test
    void a_reply_citing_no_comment_is_dropped() {
        ProseResult r = validate(prose(null, ProseSection.ESTABLISHED,
                s("Restarting the laptop twice did not stop the VPN disconnects.", "C2"),
                s("The VPN disconnects at home but not on the office LAN.")));

        assertThat(r.dropped()).isEqualTo(1);
        assertThat(r.accepted()).isEqualTo(1);
    }

    @Test
    void a_sentence_whose_cited_comment_says_something_else_is_dropped() {
        ProseResult r = validate(prose(null, ProseSection.ESTABLISHED,
                s("Restarting the laptop twice did not stop the VPN disconnects.", "C2"),
                s("The VPN disconnects only on the office LAN, never at home.", "C1"),
                s("The laptop restarted twice.", "C2")));

        assertThat(r.prose().get(ProseSection.ESTABLISHED)).extracting(SourcedSentence::text)
                .containsExactly("Restarting the laptop twice did not stop the VPN disconnects.", "The laptop restarted twice.");
        assertThat(r.dropped()).isEqualTo(1);
    }

    @Test
    void half_the_content_words_in_the_cited_text_is_the_line() {
        String cited = "yes, i restarted the laptop twice and the vpn still disconnects.";
        assertThat(ProseValidator.support("Laptop restarted; printer jammed.", cited)).isEqualTo(0.5);
        assertThat(ProseValidator.support("Laptop restarted; printer jammed, toner empty.", cited)).isLessThan(ProseValidator.MIN_SUPPORT);
        assertThat(ProseValidator.support("The user reported it.", cited)).as("no content words: says nothing").isZero();
    }

    @Test
    void an_invented_version_or_a_quote_that_is_not_in_the_source_is_dropped() {
        ProseResult r = validate(prose(null, ProseSection.SUMMARY,
                s("Cisco AnyConnect 4.10.07073 disconnects every few minutes since Monday.", "D"),
                s("Cisco AnyConnect 5.1.2 disconnects every few minutes since Monday.", "D"),
                s("AnyConnect disconnects with \"Authentication failed\" since Monday.", "D"),
                s("AnyConnect disconnects with \"a loss of the secure gateway\" since Monday.", "D")));

        assertThat(r.prose().get(ProseSection.SUMMARY)).extracting(SourcedSentence::text).containsExactly(
                "Cisco AnyConnect 4.10.07073 disconnects every few minutes since Monday.",
                "AnyConnect disconnects with \"a loss of the secure gateway\" since Monday.");
        assertThat(r.dropped()).isEqualTo(2);
    }

    @Test
    void an_extracted_environment_value_pinned_on_a_source_that_does_not_state_it_is_dropped() {
        assertThat(request.draft().environment().get(dev.handoff.core.model.Slot.APPLICATION))
                .extracting(e -> e.value()).anySatisfy(v -> assertThat(v).containsIgnoringCase("AnyConnect"));

        ProseResult r = validate(prose(null, ProseSection.ESTABLISHED,
                s("Restarting the laptop twice did not stop the VPN disconnects.", "C2"),
                s("Restarting the laptop twice did not stop the Cisco AnyConnect VPN disconnects.", "C2")));

        assertThat(r.prose().get(ProseSection.ESTABLISHED)).extracting(SourcedSentence::text)
                .containsExactly("Restarting the laptop twice did not stop the VPN disconnects.");
    }

    @Test
    void only_retrieved_runbooks_may_be_cited() {
        ProseResult r = validate(prose(null, ProseSection.NEXT_STEPS,
                s("Disable SIP ALG on the home router and lower the MTU to 1400.", "kb/vpn/home-router.md"),
                s("Disable SIP ALG on the home router and lower the MTU to 1400.", "kb/vpn/other.md")));

        assertThat(r.prose().get(ProseSection.NEXT_STEPS)).singleElement()
                .satisfies(x -> assertThat(x.runbookIds()).containsExactly("kb/vpn/home-router.md"));
        assertThat(r.dropped()).isEqualTo(1);
    }

    @Test
    void a_category_outside_the_allowed_list_is_dropped_and_counted() {
        ProseResult r = validate(prose("Closed", ProseSection.ESTABLISHED,
                s("Restarting the laptop twice did not stop the VPN disconnects.", "C2")));

        assertThat(r.prose().category()).isNull();
        assertThat(r.dropped()).isEqualTo(1);
        assertThat(validate(prose("none", ProseSection.ESTABLISHED,
                s("Restarting the laptop twice did not stop the VPN disconnects.", "C2"))).dropped()).isZero();
    }

    @Test
    void more_than_three_sentences_in_a_section_are_dropped() {
        ModelProse.Sentence ok = s("Restarting the laptop twice did not stop the VPN disconnects.", "C2");
        ProseResult r = validate(prose(null, ProseSection.ESTABLISHED, ok, ok, ok, ok, ok));

        assertThat(r.accepted()).isEqualTo(3);
        assertThat(r.dropped()).isEqualTo(2);
    }

    @Test
    void a_reply_with_more_dropped_than_kept_falls_back_with_its_counts() {
        ProseResult r = validate(prose("Printers", ProseSection.SUMMARY,
                s("Restarting the laptop twice did not stop the VPN disconnects.", "C2"),
                s("The printer on floor 3 is jammed.", "C2")));

        assertThat(r.fallbackReason()).isEqualTo("the model's reply was mostly unsupported (2 of 3 items dropped)");
        assertThat(r.prose().isEmpty()).isTrue();
    }

    @Test
    void kept_text_is_redacted_again() {
        ProseRequest withSecret = new ProseRequest(request.draft(),
                List.of(new dev.handoff.core.model.SourceText(request.thread().get(0).ref(), "the vpn login uses password: Hunter2xyz! since monday")),
                List.of(), request.categories(), "English");

        ProseResult r = validator.validate(prose(null, ProseSection.SUMMARY,
                s("The VPN login uses password: Hunter2xyz! since Monday.", "S")), withSecret, ProseFixture.call());

        assertThat(r.prose().get(ProseSection.SUMMARY)).singleElement()
                .satisfies(x -> assertThat(x.text()).doesNotContain("Hunter2xyz").contains("REDACTED"));
    }
}

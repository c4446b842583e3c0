package dev.handoff.core.prose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoff.core.model.Person;
import dev.handoff.core.model.SourceRef;
import dev.handoff.core.model.Visibility;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProseResultTest {

    private static SourceRef comment(int n, Visibility v) {
        return new SourceRef(SourceRef.Kind.COMMENT, "c" + n, n, Person.UNKNOWN, ProseFixture.T0, v, 0, 5);
    }

    @Test
    void a_viewer_loses_every_sentence_resting_on_a_source_they_may_not_see() {
        SourcedSentence open = new SourcedSentence("VPN drops at home.", List.of(comment(2, Visibility.PUBLIC)), List.of());
        SourcedSentence mixed = new SourcedSentence("The gateway was patched.",
                List.of(comment(2, Visibility.PUBLIC), comment(4, Visibility.group("network-team"))), List.of());
        SourcedSentence runbook = new SourcedSentence("Lower the MTU.", List.of(), List.of("kb/vpn.md"));
        ProseResult result = new ProseResult(new Prose(Map.of(ProseSection.SUMMARY, List.of(open, mixed),
                ProseSection.NEXT_STEPS, List.of(runbook)), "Network"), 1, null, ProseFixture.call());

        ProseResult seen = result.visibleTo(v -> v.kind() != Visibility.Kind.GROUP);

        assertThat(seen.prose().get(ProseSection.SUMMARY)).containsExactly(open);
        assertThat(seen.prose().get(ProseSection.NEXT_STEPS)).containsExactly(runbook);
        assertThat(seen.dropped()).isEqualTo(1);
        assertThat(result.visibleTo(v -> true)).isEqualTo(result);
    }

    @Test
    void a_fallback_carries_no_prose() {
        Prose some = new Prose(Map.of(ProseSection.SUMMARY,
                List.of(new SourcedSentence("x", List.of(comment(1, Visibility.PUBLIC)), List.of()))), null);

        assertThatThrownBy(() -> new ProseResult(some, 0, "timeout", ProseFixture.call())).hasMessageContaining("fallback");
    }
}

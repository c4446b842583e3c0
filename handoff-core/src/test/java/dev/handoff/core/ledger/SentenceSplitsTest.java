package dev.handoff.core.ledger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SentenceSplitsTest {

    @Test
    void a_text_is_split_once_and_read_as_the_plain_split_reads_it() {
        SentenceSplits splits = new SentenceSplits();
        String text = "Rebooted the laptop. Still fails? Yes, with error 0x80070005.";

        assertThat(splits.of(text)).isSameAs(splits.of(text));
        assertThat(splits.of(text)).extracting(s -> s.in(text))
                .containsExactlyElementsOf(Sentences.split(text).stream().map(s -> s.in(text)).toList());
    }

    @Test
    void the_shared_sentences_cannot_be_changed_by_one_reader_behind_another() {
        SentenceSplits splits = new SentenceSplits();

        assertThatThrownBy(() -> splits.of("One. Two.").clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}

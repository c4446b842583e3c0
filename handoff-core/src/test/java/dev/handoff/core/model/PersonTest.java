package dev.handoff.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PersonTest {

    @Test
    void people_with_keys_are_the_same_by_key_whatever_their_names() {
        assertThat(new Person("jdoe", "J. Doe").sameAs(new Person("jdoe", "Jane Doe"))).isTrue();
        assertThat(new Person("jdoe", "Jane Doe").sameAs(new Person("jdoe2", "Jane Doe"))).isFalse();
    }

    @Test
    void a_key_on_one_side_only_is_a_different_person() {
        assertThat(new Person("jdoe", "Jane Doe").sameAs(new Person("", "Jane Doe"))).isFalse();
    }

    @Test
    void without_keys_the_shown_name_decides() {
        assertThat(new Person("", "Jane Doe").sameAs(new Person(null, "Jane Doe"))).isTrue();
        assertThat(new Person("", "Jane Doe").sameAs(new Person("", "John Doe"))).isFalse();
    }
}

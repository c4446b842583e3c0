package dev.handoff.search.confluence;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApprovedSpacesTest {

    @Test
    void readsKeysWithTheirTiersIncludingPersonalSpaces() {
        ApprovedSpaces spaces = ApprovedSpaces.parse(" OPS:1, NET:2 ,~jdoe:3 ");

        assertThat(spaces.asMap()).containsExactlyInAnyOrderEntriesOf(Map.of("OPS", 1, "NET", 2, "~jdoe", 3));
        assertThat(spaces.readableAt(2)).containsExactly("NET", "OPS");
        assertThat(spaces.tierOf("~jdoe")).hasValue(3);
        assertThat(spaces.tierOf("ops")).isEmpty();
    }

    @Test
    void refusesAKeyThatCouldChangeTheCql() {
        for (String spec : List.of("OPS\") OR space = \"SEC:1", "OPS SEC:1", "O'PS:1", ":1")) {
            assertThatThrownBy(() -> ApprovedSpaces.parse(spec)).as(spec).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void refusesBadTiersDuplicatesAndAnEmptyList() {
        for (String spec : List.of("OPS:4", "OPS:0", "OPS:x", "OPS", "OPS:1,OPS:2", " , ")) {
            assertThatThrownBy(() -> ApprovedSpaces.parse(spec)).as(spec).isInstanceOf(IllegalArgumentException.class);
        }
    }
}

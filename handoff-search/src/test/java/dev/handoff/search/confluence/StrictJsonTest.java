package dev.handoff.search.confluence;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictJsonTest {

    @Test
    void readsTheShapesConfluenceSends() throws Exception {
        Object v = StrictJson.parse(" {\"a\":[1,-2.5e1,true,false,null],\"s\":\"x\\\"\\\\\\/\\n\\u00e9\",\"o\":{}} ");

        assertThat(v).isEqualTo(Map.of("a", Arrays.asList(1L, -25.0, true, false, null), "s", "x\"\\/\né", "o", Map.of()));
    }

    @Test
    void refusesTruncatedTrailingAndInvalidInput() {
        for (String bad : List.of("", "{", "{\"a\":1", "{\"a\":1}x", "[1,]", "{a:1}", "\"\u0001\"", "01x", "tru", "\"\\x\"")) {
            assertThatThrownBy(() -> StrictJson.parse(bad)).as(bad).isInstanceOf(StrictJson.MalformedException.class);
        }
    }

    @Test
    void refusesNestingDeepEnoughToExhaustTheStack() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);

        assertThatThrownBy(() -> StrictJson.parse(deep)).isInstanceOf(StrictJson.MalformedException.class)
                .hasMessageContaining("nested deeper than 64");
    }
}

package dev.handoff.core.json;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonTest {

    @Test
    void nestedMapsAndListsKeepTheirOrder() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", "SD-1");
        m.put("n", 3);
        m.put("score", 0.5);
        m.put("ok", true);
        m.put("none", null);
        m.put("list", Arrays.asList("a", null, 2L));
        assertThat(Json.write(m)).isEqualTo("{\"key\":\"SD-1\",\"n\":3,\"score\":0.5,\"ok\":true,\"none\":null,\"list\":[\"a\",null,2]}");
    }

    @Test
    void ticketTextCannotBreakOutOfAStringOrAScriptBlock() {
        String hostile = "a\"b\\c\n</script><img src=x onerror=alert(1)>\u2028\u0001";
        assertThat(Json.write(List.of(hostile)))
                .isEqualTo("[\"a\\\"b\\\\c\\n\\u003c/script\\u003e\\u003cimg src=x onerror=alert(1)\\u003e\\u2028\\u0001\"]");
    }

    @Test
    void nonJsonValuesAreRefused() {
        assertThatThrownBy(() -> Json.write(new Object())).hasMessageContaining("not a JSON value");
        assertThatThrownBy(() -> Json.write(Double.NaN)).hasMessageContaining("no NaN");
    }
}

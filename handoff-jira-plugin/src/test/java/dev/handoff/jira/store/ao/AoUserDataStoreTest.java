package dev.handoff.jira.store.ao;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AoUserDataStoreTest {

    @Test
    void aFragmentIsSearchedLiterallyWithItsLikeWildcardsEscaped() {
        assertThat(AoUserDataStore.likePattern("J. Doe")).isEqualTo("%J. Doe%");
        assertThat(AoUserDataStore.likePattern("50%_off[!]")).isEqualTo("%50!%!_off![!!]%");
    }
}

package dev.handoff.cli.jira;

import dev.handoff.core.model.Ticket;
import dev.handoff.core.model.Visibility;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JiraIssueReaderTest {

    private final JiraIssueReader reader = new JiraIssueReader();

    private Ticket read(String json) throws BadInputException {
        return reader.read(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void commentsKeepAuthorDateOrderAndRestriction() throws Exception {
        Ticket t = read("""
                {"key":"SD-7","fields":{"summary":"VPN drops","description":"d","environment":"Win 11",
                 "reporter":{"key":"u1","displayName":"Ann User"},"created":"2024-03-12T09:15:00.000+0100",
                 "components":[{"name":"Network"}],
                 "comment":{"comments":[
                   {"id":"10","author":{"name":"agent1","displayName":"Bo Agent"},"body":"Which client version?","created":"2024-03-12T10:00:00.000+0100"},
                   {"id":"11","author":{"name":"agent1"},"body":"internal","created":"2024-03-12T10:05:00.000+0100","visibility":{"type":"role","value":"Service Desk Team"}},
                   {"id":"12","author":{"name":"agent1"},"body":"jsm internal","created":"2024-03-12T10:06:00.000+0100","properties":[{"key":"sd.public.comment","value":{"internal":true}}]}
                 ]}}}""");
        assertThat(t.key()).isEqualTo("SD-7");
        assertThat(t.environment()).isEqualTo("Win 11");
        assertThat(t.components()).containsExactly("Network");
        assertThat(t.comments()).extracting(c -> c.number()).containsExactly(1, 2, 3);
        assertThat(t.comments().get(0).author().displayName()).isEqualTo("Bo Agent");
        assertThat(t.comments().get(0).visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(t.comments().get(1).visibility()).isEqualTo(Visibility.role("Service Desk Team"));
        assertThat(t.comments().get(2).visibility()).isEqualTo(Visibility.INTERNAL);
        assertThat(t.created()).hasToString("2024-03-12T08:15:00Z");
    }

    @Test
    void binaryJunkIsRejectedAsNotUtf8() {
        byte[] junk = {(byte) 0xC3, (byte) 0x28, 0x00, (byte) 0xFF};
        assertThatThrownBy(() -> reader.read(junk)).isInstanceOf(BadInputException.class).hasMessageContaining("not UTF-8");
    }

    @Test
    void textThatIsNotJsonIsRejectedWithItsPosition() {
        assertThatThrownBy(() -> read("hello")).hasMessageStartingWith("not JSON").hasMessageContaining("line 1");
    }

    @Test
    void jsonWithoutKeyOrFieldsIsNotAnIssue() {
        assertThatThrownBy(() -> read("[1,2]")).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> read("{\"fields\":{}}")).hasMessageContaining("no \"key\"");
        assertThatThrownBy(() -> read("{\"key\":\"A-1\"}")).hasMessageContaining("no \"fields\"");
    }

    @Test
    void anIssueWithoutSummaryIsStillRead() throws Exception {
        assertThat(read("{\"key\":\"A-1\",\"fields\":{}}").summary()).isEmpty();
    }

    @Test
    void aCommentBeyondTheTextLimitIsNamed() {
        String huge = "x".repeat(JiraIssueReader.MAX_TEXT_CHARS + 1);
        assertThatThrownBy(() -> read("{\"key\":\"A-1\",\"fields\":{\"summary\":\"s\",\"comment\":{\"comments\":[{\"id\":\"1\",\"body\":\"" + huge + "\"}]}}}"))
                .hasMessageContaining("A-1: comment 1 is");
    }

    @Test
    void badTimestampIsNamed() {
        assertThatThrownBy(() -> read("{\"key\":\"A-1\",\"fields\":{\"summary\":\"s\",\"created\":\"yesterday\"}}"))
                .hasMessageContaining("created is not a Jira timestamp");
    }
}

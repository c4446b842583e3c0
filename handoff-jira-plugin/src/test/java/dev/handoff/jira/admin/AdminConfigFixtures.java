package dev.handoff.jira.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A complete, valid configuration document to change one field at a time. */
final class AdminConfigFixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    private AdminConfigFixtures() {
    }

    static ObjectNode valid() {
        ObjectNode o = JSON.createObjectNode();
        o.put("modelUrl", "http://ollama.internal:11434");
        o.put("modelName", "qwen2.5:7b");
        o.put("modelProtocol", "ollama");
        o.put("modelStream", true);
        o.put("embedModel", "nomic-embed-text");
        o.put("modelLanguage", "Deutsch");
        o.put("modelCategories", "Network, Hardware, Access");
        o.put("connectTimeoutSeconds", 3);
        o.put("readTimeoutSeconds", 90);
        o.put("maxConcurrent", 4);
        o.put("breakerFailures", 5);
        o.put("breakerOpenSeconds", 600);
        o.put("tier1Group", "sd-tier1");
        o.put("tier2Group", "sd-tier2");
        o.put("tier3Group", "sd-tier3");
        o.put("approversGroup", "sd-leads");
        o.put("commentRole", "Developers");
        o.put("commentGroup", "");
        ObjectNode fields = o.putObject("environmentFields");
        fields.put("device", "customfield_10100");
        fields.put("os", "customfield_10101");
        fields.put("application", "");
        fields.put("lastChange", "");
        fields.put("errorString", "customfield_10104");
        o.put("categoryField", "components");
        ObjectNode required = o.putObject("requiredSlots");
        required.putArray("*").add("os");
        required.putArray("Network").add("device").add("os");
        o.put("teamField", "customfield_10300");
        o.put("confluenceSpaces", "NET:2, OPS:1");
        o.put("retentionDays", 180);
        o.put("regeneratePerIssuePerHour", 3);
        o.put("regeneratePerUserPerHour", 12);
        ArrayNode patterns = o.putArray("redactionPatterns");
        patterns.add("EMPID=EMP-(\\d{6})");
        return o;
    }
}

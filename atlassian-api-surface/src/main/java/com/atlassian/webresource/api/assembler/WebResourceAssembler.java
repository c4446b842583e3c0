package com.atlassian.webresource.api.assembler;

// Source: SLACK-J10; §4.4
public interface WebResourceAssembler {
    RequiredResources resources();
}

package com.atlassian.webresource.api.assembler;

// Source: SLACK-J10 (requireContext); §4.4
public interface RequiredResources {
    RequiredResources requireContext(String context);

    RequiredResources requireWebResource(String moduleCompleteKey);
}

package com.atlassian.webresource.api.assembler;

// Source: SLACK-J10 (PageBuilderService.assembler().resources().requireContext(...) in WebPanel#writeHtml); §4.4
public interface PageBuilderService {
    WebResourceAssembler assembler();
}

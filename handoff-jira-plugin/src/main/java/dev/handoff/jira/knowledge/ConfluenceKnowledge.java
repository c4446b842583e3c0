package dev.handoff.jira.knowledge;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.application.confluence.ConfluenceApplicationType;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.handoff.jira.settings.HandoffSettings;
import dev.handoff.search.KnowledgeQuery;
import dev.handoff.search.confluence.ApprovedSpaces;
import dev.handoff.search.confluence.ConfluenceSearch;
import dev.handoff.search.confluence.ConfluenceSearchException;
import dev.handoff.search.confluence.ConfluenceTransport;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * The approved Confluence Data Center spaces, searched through Jira's primary Confluence application link as the
 * current user: CQL limited to the approved spaces at or below the draft's tier, never an open-web lookup.
 */
@Named
public class ConfluenceKnowledge {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(15);

    private final ApplicationLinkService links;
    private final HandoffSettings settings;
    private final Function<ApplicationLink, ConfluenceTransport> transports;

    @Inject
    public ConfluenceKnowledge(@ComponentImport ApplicationLinkService links, HandoffSettings settings) {
        this(links, settings, link -> new ApplinkConfluenceTransport(link, CONNECT_TIMEOUT, READ_TIMEOUT));
    }

    ConfluenceKnowledge(ApplicationLinkService links, HandoffSettings settings, Function<ApplicationLink, ConfluenceTransport> transports) {
        this.links = links;
        this.settings = settings;
        this.transports = transports;
    }

    /**
     * Empty when no space is approved. Throws when spaces are approved but Jira has no Confluence link, or when
     * Confluence fails: the caller reports it in the draft.
     */
    public Optional<ConfluenceSearch.Result> search(KnowledgeQuery query, int maxTier, int k) throws ConfluenceSearchException {
        Optional<String> spec = settings.confluenceSpaces().filter(s -> !s.isBlank());
        if (spec.isEmpty()) {
            return Optional.empty();
        }
        ApplicationLink link = links.getPrimaryApplicationLink(ConfluenceApplicationType.class);
        if (link == null) {
            throw new IllegalStateException("Confluence spaces are approved but Jira has no Confluence application link");
        }
        ConfluenceSearch search = new ConfluenceSearch(transports.apply(link), ApprovedSpaces.parse(spec.get()),
                ConfluenceSearch.Settings.defaults());
        return Optional.of(search.search(query, maxTier, k));
    }
}

package app.capgo.supportdesk.docs;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Where Capgo's docs are and how politely they are read ({@code support.docs.*}): the sitemap (an
 * index or a plain urlset), the path prefixes of the pages kept, how often the index is rebuilt, and
 * the bounds of a crawl (requests at once, time and bytes per page, pages in all). The index is kept
 * under {@code folder} so that a restart answers at once.
 */
@ConfigurationProperties("support.docs")
public record DocsProperties(URI sitemap, List<String> include, URI home, Duration refresh, int concurrency,
                             Duration pageTimeout, int maxPageBytes, int maxPages, String userAgent, Path folder) {
}

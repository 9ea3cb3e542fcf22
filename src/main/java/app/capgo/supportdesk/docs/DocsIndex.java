package app.capgo.supportdesk.docs;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The docs' sections in a Lucene index on disk: title, heading and text analysed as English, and
 * the identifiers of each heading and text as exact terms. A search puts first, for each
 * identifier of the customer's text that a section's heading names, that section; then the best
 * free-text matches (BM25 over heading, title and text).
 */
final class DocsIndex implements AutoCloseable {

    private static final int MAX_TEXT = 20_000;
    private static final int MAX_TERMS = 120;
    private static final int MAX_IDENTIFIERS = 20;
    private static final int EXCERPT_CHARS = 200;
    /** The index's fields: the link, the page's title, the heading, the text, the identifiers (exact). */
    private static final String URL = "url";
    private static final String TITLE = "title";
    private static final String HEADING = "heading";
    private static final String BODY = "body";
    private static final String HEADING_IDS = "heading_ids";
    private static final String IDS = "ids";

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = new EnglishAnalyzer();

    private DocsIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
    }

    /** Writes the sections as a new index in {@code folder} (replacing what is there) and opens it. */
    static DocsIndex build(List<DocsSection> sections, Path folder) throws IOException {
        Directory directory = FSDirectory.open(folder);
        IndexWriterConfig config = new IndexWriterConfig(new EnglishAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (DocsSection section : sections) {
                Document doc = new Document();
                doc.add(new StoredField(URL, section.url()));
                doc.add(new TextField(TITLE, section.pageTitle(), Field.Store.YES));
                doc.add(new TextField(HEADING, section.heading(), Field.Store.YES));
                doc.add(new TextField(BODY, section.text(), Field.Store.YES));
                for (String id : Identifiers.of(section.heading(), MAX_IDENTIFIERS)) {
                    doc.add(new StringField(HEADING_IDS, id, Field.Store.NO));
                }
                for (String id : Identifiers.of(section.heading() + " " + section.text(), 200)) {
                    doc.add(new StringField(IDS, id, Field.Store.NO));
                }
                writer.addDocument(doc);
            }
            writer.commit();
        }
        return new DocsIndex(directory);
    }

    /** The index in {@code folder}, as a previous run left it. */
    static DocsIndex open(Path folder) throws IOException {
        return new DocsIndex(FSDirectory.open(folder));
    }

    int sections() {
        return reader.numDocs();
    }

    /** At most {@code max} sections for {@code text}, best first: those explaining its identifiers, then the rest. */
    List<DocsHit> search(String text, int max) {
        String query = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        try {
            List<DocsHit> hits = new ArrayList<>();
            Set<String> urls = new LinkedHashSet<>();
            List<String> identifiers = Identifiers.of(query, MAX_IDENTIFIERS);
            Query free = freeText(query, identifiers);
            for (String id : identifiers) {
                ScoreDoc[] named = searcher.search(new TermQuery(new Term(HEADING_IDS, id)), 1).scoreDocs;
                if (named.length > 0 && hits.size() < max) {
                    hit(named[0].doc, free, Optional.of(Identifiers.asWritten(query, id))).filter(h -> urls.add(h.url()))
                            .ifPresent(hits::add);
                }
            }
            if (free != null && hits.size() < max) {
                for (ScoreDoc doc : searcher.search(free, max * 2).scoreDocs) {
                    if (hits.size() >= max) {
                        break;
                    }
                    hit(doc.doc, free, Optional.empty()).filter(h -> urls.add(h.url())).ifPresent(hits::add);
                }
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every analysed word in title, heading and text, and every identifier as an exact term; null when there is none. */
    private Query freeText(String text, List<String> identifiers) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = 0;
        for (String term : terms(text)) {
            query.add(new BoostQuery(new TermQuery(new Term(HEADING, term)), 3f), BooleanClause.Occur.SHOULD);
            query.add(new BoostQuery(new TermQuery(new Term(TITLE, term)), 2f), BooleanClause.Occur.SHOULD);
            query.add(new TermQuery(new Term(BODY, term)), BooleanClause.Occur.SHOULD);
            clauses++;
        }
        for (String id : identifiers) {
            query.add(new BoostQuery(new TermQuery(new Term(IDS, id)), 4f), BooleanClause.Occur.SHOULD);
            clauses++;
        }
        return clauses == 0 ? null : query.build();
    }

    private Set<String> terms(String text) throws IOException {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream(BODY, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && terms.size() < MAX_TERMS) {
                terms.add(term.toString());
            }
            tokens.end();
        }
        return terms;
    }

    private Optional<DocsHit> hit(int docId, Query free, Optional<String> explains) throws IOException {
        Document doc = searcher.storedFields().document(docId);
        String body = doc.get(BODY);
        return Optional.of(new DocsHit(doc.get(URL), doc.get(TITLE), doc.get(HEADING), excerpt(body, free), explains));
    }

    private String excerpt(String body, Query free) throws IOException {
        if (free != null) {
            Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter(String.valueOf(DocsHit.MARK_START),
                    String.valueOf(DocsHit.MARK_END)), new QueryScorer(free, BODY));
            highlighter.setTextFragmenter(new SimpleFragmenter(EXCERPT_CHARS));
            try {
                String best = highlighter.getBestFragment(analyzer, BODY, body);
                if (best != null) {
                    return best.strip();
                }
            } catch (InvalidTokenOffsetsException e) {
                // fall back to the section's start
            }
        }
        return body.length() <= EXCERPT_CHARS ? body : body.substring(0, EXCERPT_CHARS).strip() + "…";
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}

package de.gemeinsinn.search.engine;

import de.gemeinsinn.search.SearchDocument;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * One Lucene index: a single writer plus near-real-time searchers. The id of the last applied
 * outbox row and the time are stored in the commit's user data, so a restart resumes where the
 * index left off. Writes are thread-safe; callers that must not interleave (rebuild vs. tailer)
 * synchronise on {@link #writeLock()}.
 */
public final class LuceneIndex implements Closeable {

    static final String OUTBOX_ID = "outboxId";
    static final String COMMITTED_AT = "committedAt";

    private final Directory directory;
    private final IndexWriter writer;
    /**
     * Searchers without Lucene's shared query cache: our queries are nearly all different (words,
     * synonyms, typos), so the cache rarely hits, and its global lock made 32 concurrent
     * searches queue behind each other.
     */
    private static final SearcherFactory UNCACHED = new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setQueryCache(null);
            return searcher;
        }
    };

    private final SearcherManager searchers;
    private final DocumentMapper mapper = new DocumentMapper();
    private final Object writeLock = new Object();

    public LuceneIndex(Directory directory, GermanAnalysis analysis) {
        try {
            this.directory = directory;
            IndexWriterConfig config = new IndexWriterConfig(analysis.forIndexing())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(48);
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, UNCACHED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static LuceneIndex open(Path path, GermanAnalysis analysis) {
        try {
            return new LuceneIndex(FSDirectory.open(path), analysis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Object writeLock() {
        return writeLock;
    }

    public void upsert(SearchDocument document) {
        try {
            writer.updateDocument(new Term(IndexFields.KEY, document.key()), mapper.toLucene(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String key) {
        try {
            writer.deleteDocuments(new Term(IndexFields.KEY, key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void deleteAll() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes everything durable, remembering the outbox position, and visible to searches. */
    public void commit(long outboxId) {
        writer.setLiveCommitData(Map.of(
                        OUTBOX_ID,
                        Long.toString(outboxId),
                        COMMITTED_AT,
                        Instant.now().toString())
                .entrySet());
        try {
            writer.commit();
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The outbox id of the last commit, empty for a new index. */
    public OptionalLong lastOutboxId() {
        String value = commitData(OUTBOX_ID);
        return value == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(value));
    }

    /** When the index was last committed, or {@link Instant#EPOCH} for a new index. */
    public Instant committedAt() {
        String value = commitData(COMMITTED_AT);
        return value == null ? Instant.EPOCH : Instant.parse(value);
    }

    private String commitData(String key) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (e.getKey().equals(key)) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    public int numDocs() {
        return writer.getDocStats().numDocs;
    }

    /** Size of the index files on disk in bytes. */
    public long sizeInBytes() throws IOException {
        long total = 0;
        for (String file : directory.listAll()) {
            total += directory.fileLength(file);
        }
        return total;
    }

    IndexSearcher acquire() throws IOException {
        return searchers.acquire();
    }

    void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    DocumentMapper mapper() {
        return mapper;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}

/**
 * One search over everything, built for German: a Lucene index per instance, always derived
 * from PostgreSQL through a transactional outbox. Other modules hand documents to
 * {@link de.gemeinsinn.search.SearchIndexer} and offer all of theirs through
 * {@link de.gemeinsinn.search.SearchSource} for rebuilds.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package de.gemeinsinn.search;

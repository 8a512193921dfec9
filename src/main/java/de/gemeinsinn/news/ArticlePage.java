package de.gemeinsinn.news;

import java.util.List;

/** One page of a list, with what pagination needs. */
record ArticlePage(List<ArticleSummary> items, long total, int page, int size) {

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }
}

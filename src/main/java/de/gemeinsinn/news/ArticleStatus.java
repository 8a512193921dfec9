package de.gemeinsinn.news;

/** Drafts are visible only to those who may edit them. */
enum ArticleStatus {
    DRAFT,
    PUBLISHED
}

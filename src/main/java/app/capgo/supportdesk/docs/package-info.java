/**
 * Answers from Capgo's docs: a crawler of the public docs (sitemap, pages, sections), a Lucene index
 * of their sections kept on disk, and the search that puts a section explaining a pasted error code
 * first. Its components for the pages live in {@code docs.ui}.
 */
@NullMarked
package app.capgo.supportdesk.docs;

import org.jspecify.annotations.NullMarked;

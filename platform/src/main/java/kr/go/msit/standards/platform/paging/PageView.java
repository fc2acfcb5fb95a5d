package kr.go.msit.standards.platform.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list: {@code { "items": [...], "page": 0, "size": 20, "total": 123, "next": "..." }}.
 *
 * @param items the records on this page
 * @param page  zero-based page number
 * @param size  requested page size
 * @param total number of records matching the filter, over all pages (on a page reached by cursor: when the walk began)
 * @param next  on lists that take {@code after}: the cursor of the following page, null on the last page (and on
 *              lists without cursors)
 */
public record PageView<T>(
        @Schema(description = "The records on this page") List<T> items,

        @Schema(description = "Zero-based page number (on a page reached by cursor: its number in the walk)")
        int page,

        @Schema(description = "The page size asked for (1–200)")
        int size,

        @Schema(
                description = "Records matching the filter over all pages (on a page reached by cursor: counted when "
                        + "the walk began)")
        long total,

        @Schema(
                nullable = true,
                description = "On lists that take after=: pass it back as after= for the following "
                        + "page (an opaque cursor); null on the last page and on lists without cursors")
        String next) {

    public PageView(List<T> items, int page, int size, long total) {
        this(items, page, size, total, null);
    }

    /** No records: the page asked for, empty. */
    public static <T> PageView<T> empty(PageRequest page) {
        return new PageView<>(List.of(), page.page(), page.size(), 0);
    }

    public <R> PageView<R> map(Function<T, R> mapper) {
        return new PageView<>(items.stream().map(mapper).toList(), page, size, total, next);
    }
}

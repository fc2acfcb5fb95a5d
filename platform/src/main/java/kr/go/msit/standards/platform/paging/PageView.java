package kr.go.msit.standards.platform.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: {@code { "items": [...], "page": 0, "size": 20, "total": 123 }}.
 *
 * @param items the records on this page
 * @param page  zero-based page number
 * @param size  requested page size
 * @param total number of records matching the filter, over all pages
 */
public record PageView<T>(List<T> items, int page, int size, long total) {

    public <R> PageView<R> map(Function<T, R> mapper) {
        return new PageView<>(items.stream().map(mapper).toList(), page, size, total);
    }
}

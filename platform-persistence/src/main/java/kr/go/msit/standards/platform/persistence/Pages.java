package kr.go.msit.standards.platform.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.function.Function;
import kr.go.msit.standards.platform.paging.PageRequest;
import kr.go.msit.standards.platform.paging.PageView;

/**
 * A page of a Panache query, written once: {@code Pages.of(Project.find(where.clause(), sort, where.parameters()),
 * page, ProjectView::of)} reads the page's rows, maps each to its view, and counts the query's rows over all pages.
 */
public final class Pages {

    private Pages() {}

    public static <E, V> PageView<V> of(PanacheQuery<E> query, PageRequest page, Function<? super E, V> view) {
        return new PageView<>(
                query.page(page.page(), page.size()).list().stream()
                        .<V>map(view)
                        .toList(),
                page.page(),
                page.size(),
                query.count());
    }
}

package kr.go.msit.standards.platform.paging;

import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Where a requested page of a list that takes {@code after} starts: at its number (OFFSET, and the matching rows
 * counted), or after the cursor of the page before (its key bounds the rows, its total is reused). What every such
 * list does with the two, in one place; the list itself adds the key's condition ({@code key > :after}).
 */
public final class PagePosition {

    private final PageRequest request;
    private final Optional<Cursor> cursor;
    private final CursorSeal seal;

    private PagePosition(PageRequest request, Optional<Cursor> cursor, CursorSeal seal) {
        this.request = request;
        this.cursor = cursor;
        this.seal = seal;
    }

    /**
     * The position of {@code request}, or after {@code after} when given; a cursor that {@code seal} does not open is
     * a 400 problem. Services get theirs from {@link Cursors}, which seals to the request being answered.
     */
    static PagePosition of(PageRequest request, String after, CursorSeal seal) {
        return new PagePosition(request, Cursor.parse(after, seal), seal);
    }

    /** The cursor the page continues after, when it was asked for by one. */
    public Optional<Cursor> cursor() {
        return cursor;
    }

    public int size() {
        return request.size();
    }

    /** Rows to skip: none after a cursor, whose key bounds the rows instead. */
    public int offset() {
        return cursor.isPresent() ? 0 : request.offset();
    }

    /** The total the cursor carries (counted when the walk began), else {@code count}ed now. */
    public long total(LongSupplier count) {
        return cursor.isPresent() ? cursor.get().total() : count.getAsLong();
    }

    /** The page, numbered, with a {@code next} when rows follow its last one, whose sort key is {@code lastKey}. */
    public <T> PageView<T> page(List<T> items, long total, String lastKey) {
        int number = cursor.map(Cursor::page).orElse(request.page());
        return new PageView<>(
                items,
                number,
                request.size(),
                total,
                Cursor.next(number, request.size(), items.size(), total, items.isEmpty() ? null : lastKey, seal));
    }
}

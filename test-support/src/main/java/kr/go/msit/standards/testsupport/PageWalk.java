package kr.go.msit.standards.testsupport;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Walks a list that takes {@code after} both ways, by page number and by each page's {@code next}. */
public final class PageWalk {

    private PageWalk() {}

    /**
     * Asserts that following {@code next} from the first page gives exactly the pages by number (same rows, same
     * page numbers, the same total throughout, a next on every page but the last) and returns the rows' {@code id}
     * values in order. {@code path} may hold a query string (filters); {@code caller} makes each request.
     */
    public static List<Object> cursorWalkMatchesPages(
            Supplier<RequestSpecification> caller, String path, int size, String idPath) {
        String list = path + (path.contains("?") ? "&" : "?") + "size=" + size;
        int total = caller.get().get(list).then().statusCode(200).extract().path("total");
        int pages = (total + size - 1) / size;
        List<Object> byNumber = new ArrayList<>();
        List<Object> byCursor = new ArrayList<>();
        String next = null;
        String first = null;
        for (int page = 0; page < pages; page++) {
            byNumber.addAll(caller.get()
                    .get(list + "&page=" + page)
                    .then()
                    .statusCode(200)
                    .extract()
                    .<List<Object>>path(idPath));
            var answer = caller.get()
                    .get(list + (next == null ? "" : "&after=" + next))
                    .then()
                    .statusCode(200)
                    .body("page", equalTo(page))
                    .body("total", equalTo(total))
                    .extract();
            byCursor.addAll(answer.<List<Object>>path(idPath));
            next = answer.path("next");
            first = first == null ? next : first;
            if (page < pages - 1) {
                assertNotNull(next, "page " + page + " of " + pages + " gives the next");
            }
        }
        assertNull(next, "the last page has no next");
        assertEquals(total, byCursor.size());
        assertEquals(byNumber, byCursor);
        if (first != null) {
            // a cursor is sealed to its list, filter and page size: edited, or for another page size, it is a 400
            String edited = (first.charAt(0) == 'A' ? "B" : "A") + first.substring(1);
            caller.get().get(list + "&after=" + edited).then().statusCode(400);
            String otherSize = path + (path.contains("?") ? "&" : "?") + "size=" + (size + 1);
            caller.get().get(otherSize + "&after=" + first).then().statusCode(400);
            caller.get().get(list + "&after=" + first).then().statusCode(200);
        }
        return byCursor;
    }
}

package kr.go.msit.standards.platform.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** {@code ?page=0&size=20}: zero-based page, size 1..200. Use as a {@code @BeanParam} with {@code @Valid}. */
public class PageRequest {

    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be 0 or more")
    @Max(value = 1_000_000, message = "must be at most 1000000")
    int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "must be between 1 and 200")
    @Max(value = MAX_SIZE, message = "must be between 1 and 200")
    int size;

    public PageRequest() {}

    public PageRequest(int page, int size) {
        this.page = page;
        this.size = size;
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    public int offset() {
        return page * size;
    }
}

package kr.go.msit.standards.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IdempotencyPathTest {

    @Test
    void anIdInUpperCaseIsTheSameRequestsPath() {
        assertEquals(
                "/api/v1/projects/a0000002-0000-4000-8000-0000000000aa/reports",
                RetryComparison.canonicalIds("/api/v1/projects/A0000002-0000-4000-8000-0000000000AA/reports"));
        assertEquals(
                "/api/v1/projects/a0000002-0000-4000-8000-0000000000aa",
                RetryComparison.canonicalIds("/api/v1/projects/a0000002-0000-4000-8000-0000000000AA"));
        // only whole id segments: other text keeps its case
        assertEquals("/api/v1/Programs/KUS-2025", RetryComparison.canonicalIds("/api/v1/Programs/KUS-2025"));
        assertEquals(
                "/x/A0000002-0000-4000-8000-0000000000AAB",
                RetryComparison.canonicalIds("/x/A0000002-0000-4000-8000-0000000000AAB"));
    }

    @Test
    void aTrailingSlashIsTheSameRequestsPath() {
        assertEquals("/api/v1/programs", RetryComparison.withoutTrailingSlash("/api/v1/programs/"));
        assertEquals("/api/v1/programs", RetryComparison.withoutTrailingSlash("/api/v1/programs"));
        assertEquals("/", RetryComparison.withoutTrailingSlash("/"));
    }
}

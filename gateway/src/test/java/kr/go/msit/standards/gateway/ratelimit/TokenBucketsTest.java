package kr.go.msit.standards.gateway.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void eachKeyHasItsBurstThenWaitsForTheRefill() {
        TokenBuckets buckets = new TokenBuckets(1, 2, 10, 0);
        assertEquals(0, buckets.take("a", 0));
        assertEquals(0, buckets.take("a", 0));
        assertEquals(1, buckets.take("a", 0));
        assertEquals(0, buckets.take("b", 0));
        assertEquals(0, buckets.take("a", SECOND));
    }

    @Test
    void beyondTheBoundNewKeysShareOneBucketUntilIdleOnesAreDropped() {
        TokenBuckets buckets = new TokenBuckets(1, 2, 3, 0);
        for (String key : new String[] {"a", "b", "c"}) {
            assertEquals(0, buckets.take(key, 0));
        }
        // the map is full and nobody's bucket is full again: d and e share one bucket of two tokens
        assertEquals(0, buckets.take("d", 0));
        assertEquals(0, buckets.take("e", 0));
        assertTrue(buckets.take("f", 0) > 0, "the shared bucket is spent");
        // the keys already there keep their own
        assertEquals(0, buckets.take("a", 0));
        // once a, b and c are full again they are dropped and a new key gets a bucket of its own
        assertEquals(0, buckets.take("g", 10 * SECOND));
        assertEquals(0, buckets.take("g", 10 * SECOND));
        assertTrue(buckets.take("g", 10 * SECOND) > 0);
        assertEquals(0, buckets.take("h", 10 * SECOND), "h is not in the spent bucket of g");
    }
}

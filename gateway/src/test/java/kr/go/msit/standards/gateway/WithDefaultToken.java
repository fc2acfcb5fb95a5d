package kr.go.msit.standards.gateway;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test class of the gateway that sends {@link DefaultToken}'s viewer token unless a test says otherwise. The
 * callbacks are inherited test methods, so they run where RestAssured lives in a {@code @QuarkusTest} (a JUnit
 * extension would set another class loader's RestAssured); a subclass's own {@code @BeforeEach} runs after them.
 */
abstract class WithDefaultToken {

    @BeforeEach
    final void useTheDefaultToken() {
        DefaultToken.use();
    }

    @AfterEach
    final void clearTheDefaultToken() {
        DefaultToken.clear();
    }
}

package kr.go.msit.standards.gateway;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.HeaderConfig;
import kr.go.msit.standards.testsupport.TestTokens;

/**
 * The gateway verifies every {@code /api} token itself, so tests that are about something else send a valid one by
 * default (a viewer's); a test's own {@code Authorization} header replaces it. A test class extends
 * {@link WithDefaultToken}; a test that needs no token at all calls {@link #clear()} (and {@link #use()} after).
 */
final class DefaultToken {

    /** A valid viewer's token: {@code Authorization} header value. */
    static final String VIEWER = "Bearer " + TestTokens.role("viewer");

    private DefaultToken() {}

    static void use() {
        RestAssured.config = RestAssured.config()
                .headerConfig(HeaderConfig.headerConfig()
                        .overwriteHeadersWithName("Authorization", "Content-Type", "Accept"));
        RestAssured.requestSpecification =
                new RequestSpecBuilder().addHeader("Authorization", VIEWER).build();
    }

    static void clear() {
        RestAssured.requestSpecification = null;
    }
}

package kr.go.msit.standards.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Requests to the service under test as one caller, and unique codes: what each service's test fixtures build on. */
public final class Api {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Api() {}

    /** A JSON request with the bearer token. */
    public static RequestSpecification as(String token) {
        return given().contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .auth()
                .oauth2(token);
    }

    /** A JSON request with a test token of one role. */
    public static RequestSpecification asRole(String role) {
        return as(TestTokens.role(role));
    }

    /** GETs a report as CSV ({@code Accept: text/csv}): a 200 {@code text/csv} attachment; its text. */
    public static String csv(RequestSpecification request, String path) {
        return request.accept("text/csv")
                .get(path)
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString(".csv"))
                .extract()
                .asString();
    }

    /** A unique code with the prefix, for records whose code must be unique. */
    public static String code(String prefix) {
        return prefix + "-"
                + Integer.toString(Math.abs(UUID.randomUUID().hashCode()) % 100000, 36)
                        .toUpperCase() + SEQUENCE.incrementAndGet();
    }
}

package kr.go.msit.standards.testsupport;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.restassured.specification.RequestSpecification;

/**
 * Requests to the management interface of the module under test ({@code /q/health}, {@code /q/metrics}): a port of
 * its own, never the public one (a free port in tests, {@code %test.quarkus.management.test-port=0}).
 */
public final class Management {

    private Management() {}

    /** The management interface's base URL, for example {@code http://localhost:41234}. */
    public static String url() {
        String uri = TestHTTPResourceManager.getManagementUri();
        // the management root path (q) is part of what Quarkus reports; requests here name it themselves
        return uri.replaceFirst("/q/?$", "").replaceFirst("/$", "");
    }

    /** A request to the management interface. */
    public static RequestSpecification given() {
        return io.restassured.RestAssured.given().baseUri(url());
    }
}

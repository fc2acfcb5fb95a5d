package kr.go.msit.standards.testsupport.contract;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A RestAssured filter that checks every exchange of a test with a module's {@code /api} against the OpenAPI
 * document that module serves: the status is documented for the operation (explicitly: {@code default} does not
 * count), the content type is documented for that status, required response headers are present, the body is
 * admitted by its schema (strictly: no property the schema does not list), and a request that the API accepted
 * (2xx) was admitted by the request schema. A violation fails the test with every difference listed.
 *
 * <p>Requests a test sends with invalid input on purpose are refused by the API, so only their answers are
 * checked. Exchanges outside {@code /api/}, paths or methods the document does not have (a test of an unknown
 * route), and the HTTP layer's own 414/431 are not checked.
 */
public final class ContractValidation implements Filter {

    private static final Map<String, Contract> CONTRACTS = new ConcurrentHashMap<>();
    private static final ContractValidation INSTANCE = new ContractValidation();
    /**
     * Refusals of the HTTP layer before any operation sees the request (request line or headers too long), which no
     * operation answers and the README lists instead.
     */
    private static final java.util.Set<Integer> HTTP_LAYER = java.util.Set.of(414, 431);

    private ContractValidation() {}

    /** Applies the check to every RestAssured request of this JVM from now on (idempotent). */
    public static synchronized void install() {
        if (!RestAssured.filters().contains(INSTANCE)) {
            RestAssured.filters(INSTANCE);
        }
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request,
            FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        String path = uri.getRawPath();
        if (path == null || !path.startsWith("/api/") || HTTP_LAYER.contains(response.getStatusCode())) {
            return response;
        }
        String base = uri.getScheme() + "://" + uri.getRawAuthority();
        Contract contract = CONTRACTS.computeIfAbsent(base, Contract::load);
        String template = contract.template(path);
        var operation = template == null ? null : contract.operation(template, request.getMethod());
        if (operation == null) {
            return response;
        }
        Map<String, String> headers = new HashMap<>();
        response.getHeaders()
                .forEach(header -> headers.put(header.getName().toLowerCase(Locale.ROOT), header.getValue()));
        String body = response.getBody() == null
                ? null
                : new String(response.getBody().asByteArray(), StandardCharsets.UTF_8);
        List<String> violations = contract.violations(
                request.getMethod() + " " + template,
                operation,
                response.getStatusCode(),
                headers,
                response.getContentType(),
                body,
                request.getContentType(),
                requestBody(request));
        if (!violations.isEmpty()) {
            throw new AssertionError(
                    "The exchange differs from the OpenAPI document:\n  - " + String.join("\n  - ", violations));
        }
        return response;
    }

    private static String requestBody(FilterableRequestSpecification request) {
        Object body = request.getBody();
        if (body == null) {
            return null;
        }
        if (body instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return body.toString();
    }
}

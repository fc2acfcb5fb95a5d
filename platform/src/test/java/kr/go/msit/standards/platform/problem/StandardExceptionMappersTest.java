package kr.go.msit.standards.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.ws.rs.core.Response;
import kr.go.msit.standards.platform.web.AllowedMethods;
import org.junit.jupiter.api.Test;

class StandardExceptionMappersTest {

    private final StandardExceptionMappers mappers =
            new StandardExceptionMappers(new ProblemResponses(new CurrentVertxRequest()), new AllowedMethods());

    @Test
    void anUnexpectedFailureIsA500ProblemWithoutInternals() {
        Response response = mappers.unexpected(new IllegalStateException("secret table name leaked"));
        assertEquals(500, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        Problem problem = (Problem) response.getEntity();
        assertEquals(500, problem.status());
        assertFalse(problem.detail().contains("secret"), problem.detail());
        assertFalse(problem.detail().contains("IllegalStateException"), problem.detail());
    }

    @Test
    void aProblemExceptionKeepsItsStatusAndExtensions() {
        Response response = new ProblemResponses(new CurrentVertxRequest())
                .of(ProblemException.businessRule("call-ceiling", "too much").with("remainingKrw", 5L));
        Problem problem = (Problem) response.getEntity();
        assertEquals(422, problem.status());
        assertEquals(Problem.TYPE_BASE + "business-rule", problem.type());
        assertEquals("call-ceiling", problem.extensions().get("rule"));
        assertEquals(5L, problem.extensions().get("remainingKrw"));
    }

    /** A 403 is one problem type, whichever exception said it: JAX-RS's as Quarkus security's. */
    @Test
    void everyForbiddenIsTheForbiddenType() {
        Problem jaxrs = (Problem) mappers.webApplication(new jakarta.ws.rs.ForbiddenException("not your side"))
                .getEntity();
        Problem security = (Problem) mappers.forbidden(new io.quarkus.security.ForbiddenException("no role"))
                .getEntity();
        assertEquals(403, jaxrs.status());
        assertEquals(Problem.TYPE_BASE + "forbidden", jaxrs.type());
        assertEquals(security.type(), jaxrs.type());
        assertEquals("not your side", jaxrs.detail());
    }
}

package kr.go.msit.standards.platform.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Renders the expected failures that services throw. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    private final ProblemResponses problems;

    public ProblemExceptionMapper(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Response toResponse(ProblemException e) {
        return problems.of(e);
    }
}

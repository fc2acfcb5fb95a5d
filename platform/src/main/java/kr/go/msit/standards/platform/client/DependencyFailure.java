package kr.go.msit.standards.platform.client;

/**
 * Another service answered, but not usefully (5xx, or it refused the forwarded credentials): counted by circuit
 * breakers and retried for reads. Throw it from the fault-tolerant method that calls the other service.
 */
public class DependencyFailure extends RuntimeException {

    private final int status;

    public DependencyFailure(String dependency, int status) {
        super(dependency + " answered " + status, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}

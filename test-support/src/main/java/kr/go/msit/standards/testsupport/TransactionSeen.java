package kr.go.msit.standards.testsupport;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

/**
 * Records the JTA transaction status the thread that makes a REST client's call sees: a service's tests register it
 * on its client to a peer ({@code %test.quarkus.rest-client.NAME.providers}), to show the peer is asked outside the
 * caller's transaction.
 */
public class TransactionSeen implements ClientRequestFilter {

    private static volatile Integer status;

    @Override
    public void filter(ClientRequestContext request) {
        try {
            status = CDI.current().select(TransactionManager.class).get().getStatus();
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void reset() {
        status = null;
    }

    public static Integer status() {
        return status;
    }
}

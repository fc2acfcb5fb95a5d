package kr.go.msit.standards.platform.persistence.webhooks;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The second half of rotating {@code kus.webhooks.secret-key}: while previous keys are configured, every stored
 * secret still sealed under one is sealed again under the current key when the service starts, so that the previous
 * keys can then be removed (README, Configuration). Each replica does it, with the rows locked while they are read
 * and sealed again: a secret rotation, or another replica, waits, and the next replica finds them under the key.
 */
@ApplicationScoped
public class SecretRotation {

    private static final Logger LOG = Logger.getLogger(SecretRotation.class);

    private final SecretBox box;
    private final Subscriptions subscriptions;

    public SecretRotation(SecretBox box, Subscriptions subscriptions) {
        this.box = box;
        this.subscriptions = subscriptions;
    }

    void atStart(@Observes StartupEvent started) {
        if (box.rotating() && !box.hasKey()) {
            LOG.error("WEBHOOK_PREVIOUS_SECRET_KEYS is set but WEBHOOK_SECRET_KEY is not: nothing is sealed again");
            return;
        }
        if (box.rotating()) {
            Result result = QuarkusTransaction.requiringNew().call(() -> reseal(box));
            LOG.infof(
                    "Webhook secret key rotation: %d secret(s) sealed again under WEBHOOK_SECRET_KEY, %d could not be"
                            + " opened; once every replica has started with this key, WEBHOOK_PREVIOUS_SECRET_KEYS can"
                            + " be removed",
                    result.resealed(), result.unreadable());
        }
    }

    /** How many secrets were sealed again, and how many opened under no configured key. */
    public record Result(int resealed, int unreadable) {}

    /**
     * Seals again under {@code under}'s key every secret that {@code under} opens with a previous key, in the caller's
     * transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Result reseal(SecretBox under) {
        int resealed = 0;
        int unreadable = 0;
        for (Object[] row : subscriptions.sealedSecretsLocked()) {
            UUID id = (UUID) row[0];
            for (int column = 1; column <= 2; column++) {
                byte[] sealed = (byte[]) row[column];
                if (sealed == null) {
                    continue;
                }
                Optional<byte[]> again;
                try {
                    again = under.resealed(sealed);
                } catch (IllegalStateException noKey) {
                    // its deliveries fail until its owner rotates the secret; the id is the operator's to look up
                    LOG.warnf("Webhook subscription %s: a stored secret opens under no configured key", id);
                    unreadable++;
                    continue;
                }
                if (again.isPresent()) {
                    subscriptions.resealed(id, column == 2, again.get());
                    resealed++;
                }
            }
        }
        return new Result(resealed, unreadable);
    }
}

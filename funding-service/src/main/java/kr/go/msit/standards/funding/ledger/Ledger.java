package kr.go.msit.standards.funding.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import kr.go.msit.standards.platform.security.Caller;
import org.jboss.logging.MDC;

/** Appends money movements, in the transaction of the change that moves the money. */
@ApplicationScoped
public class Ledger {

    private final Caller caller;

    public Ledger(Caller caller) {
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public LedgerEntry append(
            EntryType type, UUID allocationId, UUID lineId, UUID disbursementId, long amountKrw, String memo) {
        LedgerEntry entry = new LedgerEntry();
        entry.id = UUID.randomUUID();
        entry.type = type;
        entry.allocationId = allocationId;
        entry.lineId = lineId;
        entry.disbursementId = disbursementId;
        entry.amountKrw = amountKrw;
        entry.actor = caller.subject();
        Object requestId = MDC.get("requestId");
        entry.requestId = requestId == null ? null : requestId.toString();
        entry.memo = memo;
        entry.persist();
        return entry;
    }
}

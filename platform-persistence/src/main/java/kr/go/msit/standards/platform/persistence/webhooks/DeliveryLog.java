package kr.go.msit.standards.platform.persistence.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.platform.paging.PageRequest;
import kr.go.msit.standards.platform.paging.PageView;

/** A subscription's delivery log ({@code webhook_delivery}), as its owner reads it. */
@ApplicationScoped
public class DeliveryLog {

    private final EntityManager em;

    public DeliveryLog(EntityManager em) {
        this.em = em;
    }

    /** The subscription's attempts, newest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public PageView<DeliveryView> page(UUID id, PageRequest page) {
        List<?> rows = em.createNativeQuery("""
                SELECT id, event_id, event_type, attempted_at, duration_ms, outcome, status_code, error, redelivery
                FROM webhook_delivery WHERE subscription_id = :id ORDER BY seq DESC LIMIT :limit OFFSET :offset""")
                .setParameter("id", id)
                .setParameter("limit", page.size())
                .setParameter("offset", page.page() * page.size())
                .getResultList();
        List<DeliveryView> items = new ArrayList<>();
        for (Object found : rows) {
            Object[] r = (Object[]) found;
            items.add(new DeliveryView(
                    (UUID) r[0],
                    (UUID) r[1],
                    (String) r[2],
                    Subscriptions.instant(r[3]),
                    ((Number) r[4]).intValue(),
                    (String) r[5],
                    r[6] == null ? null : ((Number) r[6]).intValue(),
                    (String) r[7],
                    (Boolean) r[8]));
        }
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM webhook_delivery WHERE subscription_id = :id")
                        .setParameter("id", id)
                        .getSingleResult())
                .longValue();
        return new PageView<>(items, page.page(), page.size(), total);
    }
}

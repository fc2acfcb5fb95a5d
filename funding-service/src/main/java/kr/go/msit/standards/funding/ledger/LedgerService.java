package kr.go.msit.standards.funding.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kr.go.msit.standards.platform.paging.Cursors;
import kr.go.msit.standards.platform.paging.PagePosition;
import kr.go.msit.standards.platform.paging.PageRequest;
import kr.go.msit.standards.platform.paging.PageView;
import kr.go.msit.standards.platform.persistence.Where;
import kr.go.msit.standards.platform.time.ProgramClock;

/** Reading the ledger, and reconciling every kept balance against it. */
@ApplicationScoped
public class LedgerService {

    private final EntityManager em;
    private final Cursors cursors;
    private final ProgramClock clock;

    public LedgerService(EntityManager em, Cursors cursors, ProgramClock clock) {
        this.em = em;
        this.cursors = cursors;
        this.clock = clock;
    }

    /**
     * Entries in the order they were written: by {@code page} (OFFSET), or after the cursor of a previous page's
     * {@code next}, which reads only its own rows ({@code seq > :after}) and reuses the total counted on the first page.
     */
    @Transactional
    public PageView<LedgerEntryView> list(
            UUID allocationId, UUID lineId, EntryType type, PageRequest page, String after) {
        PagePosition position = cursors.position(page, after);
        Where where = new Where()
                .and("e.allocationId = :allocation", "allocation", allocationId)
                .and("e.lineId = :line", "line", lineId)
                .and("e.type = :type", "type", type);
        long total = position.total(() -> where.bind(
                        em.createQuery("select count(e) from LedgerEntry e where " + where.clause(), Long.class))
                .getSingleResult());
        position.cursor().ifPresent(cursor -> where.and("e.seq > :after", "after", cursor.numericKey()));
        var select = where.bind(em.createQuery(
                "select e from LedgerEntry e where " + where.clause() + " order by e.seq", LedgerEntry.class));
        List<LedgerEntry> rows = select.setFirstResult(position.offset())
                .setMaxResults(position.size())
                .getResultList();
        return position.page(
                rows.stream().map(LedgerEntryView::of).toList(),
                total,
                rows.isEmpty() ? null : String.valueOf(rows.get(rows.size() - 1).seq));
    }

    /**
     * Recomputes, in one repeatable-read snapshot: each allocation's award from its OBLIGATE − DEOBLIGATE − RETURN
     * entries; each line's recovered balance from its RECOVER entries; its paid balance from its PAY − REVERSE entries
     * and from its PAID disbursements; its committed balance from its requested, approved and paid disbursements.
     */
    @Transactional
    public ReconciliationView reconcile() {
        em.createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ").executeUpdate();
        List<ReconciliationView.Difference> differences = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> allocations = em.createNativeQuery("""
                SELECT a.id, a.total_krw,
                       COALESCE(SUM(CASE e.entry_type WHEN 'OBLIGATE' THEN e.amount_krw
                                                     WHEN 'DEOBLIGATE' THEN -e.amount_krw
                                                     WHEN 'RETURN' THEN -e.amount_krw ELSE 0 END), 0)
                FROM allocation a LEFT JOIN ledger_entry e ON e.allocation_id = a.id
                GROUP BY a.id, a.total_krw""").getResultList();
        for (Object[] row : allocations) {
            compare(differences, "allocation", row[0], "totalKrw", row[1], row[2]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> lines = em.createNativeQuery("""
                SELECT l.id, l.paid_krw, l.committed_krw, l.recovered_krw,
                       COALESCE((SELECT SUM(e.amount_krw) FROM ledger_entry e
                                 WHERE e.line_id = l.id AND e.entry_type = 'RECOVER'), 0),
                       COALESCE((SELECT SUM(CASE e.entry_type WHEN 'PAY' THEN e.amount_krw
                                                             WHEN 'REVERSE' THEN -e.amount_krw ELSE 0 END)
                                 FROM ledger_entry e WHERE e.line_id = l.id), 0),
                       COALESCE((SELECT SUM(d.amount_krw) FROM disbursement d
                                 WHERE d.line_id = l.id AND d.status = 'PAID'), 0),
                       COALESCE((SELECT SUM(d.amount_krw) FROM disbursement d
                                 WHERE d.line_id = l.id AND d.status IN ('REQUESTED', 'APPROVED', 'PAID')), 0)
                FROM budget_line l""").getResultList();
        for (Object[] row : lines) {
            compare(differences, "line", row[0], "recoveredKrw", row[3], row[4]);
            compare(differences, "line", row[0], "paidKrw (ledger)", row[1], row[5]);
            compare(differences, "line", row[0], "paidKrw (disbursements)", row[1], row[6]);
            compare(differences, "line", row[0], "committedKrw", row[2], row[7]);
        }
        long entries = ((Number) em.createNativeQuery("SELECT count(*) FROM ledger_entry")
                        .getSingleResult())
                .longValue();
        return new ReconciliationView(
                clock.now(), differences.isEmpty(), allocations.size(), lines.size(), entries, differences);
    }

    private static void compare(
            List<ReconciliationView.Difference> differences,
            String scope,
            Object id,
            String balance,
            Object kept,
            Object derived) {
        long keptKrw = ((Number) kept).longValue();
        long derivedKrw = ((Number) derived).longValue();
        if (keptKrw != derivedKrw) {
            differences.add(new ReconciliationView.Difference(scope, (UUID) id, balance, keptKrw, derivedKrw));
        }
    }
}

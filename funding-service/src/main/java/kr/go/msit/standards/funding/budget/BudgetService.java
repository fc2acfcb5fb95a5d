package kr.go.msit.standards.funding.budget;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import kr.go.msit.standards.platform.paging.PageRequest;
import kr.go.msit.standards.platform.paging.PageView;
import kr.go.msit.standards.platform.problem.ProblemException;

/** Budget envelopes (read side; appropriations and allocations come with the funding issue). */
@ApplicationScoped
public class BudgetService {

    @Transactional
    public PageView<BudgetView> list(PageRequest page) {
        var query = BudgetEnvelope.<BudgetEnvelope>findAll(Sort.by("programCode"));
        return new PageView<>(query.page(page.page(), page.size()).list().stream().map(BudgetView::of).toList(),
                page.page(), page.size(), query.count());
    }

    @Transactional
    public BudgetView get(UUID id) {
        BudgetEnvelope budget = BudgetEnvelope.findById(id);
        if (budget == null) {
            throw ProblemException.notFound("budget", id);
        }
        return BudgetView.of(budget);
    }
}

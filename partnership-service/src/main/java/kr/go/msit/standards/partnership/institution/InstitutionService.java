package kr.go.msit.standards.partnership.institution;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import kr.go.msit.standards.platform.paging.PageRequest;
import kr.go.msit.standards.platform.paging.PageView;
import kr.go.msit.standards.platform.problem.ProblemException;

/** Institutions (read side; creation and agreements come with the partnership issue). */
@ApplicationScoped
public class InstitutionService {

    @Transactional
    public PageView<InstitutionView> list(PageRequest page) {
        var query = Institution.<Institution>findAll(Sort.by("code"));
        return new PageView<>(query.page(page.page(), page.size()).list().stream().map(InstitutionView::of).toList(),
                page.page(), page.size(), query.count());
    }

    @Transactional
    public InstitutionView get(UUID id) {
        Institution institution = Institution.findById(id);
        if (institution == null) {
            throw ProblemException.notFound("institution", id);
        }
        return InstitutionView.of(institution);
    }
}

package kr.go.msit.standards.projects.application;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kr.go.msit.standards.platform.persistence.Lookups;
import kr.go.msit.standards.platform.persistence.VersionedEntity;
import kr.go.msit.standards.platform.problem.Problem;
import kr.go.msit.standards.platform.problem.ProblemException;
import kr.go.msit.standards.platform.state.Transition;
import kr.go.msit.standards.projects.call.CallForProposals;
import kr.go.msit.standards.projects.project.TechnologyArea;

/** An application (신청) to a call, with its state machine. */
@Entity
@Table(name = "application")
public class Application extends VersionedEntity {

    @Id
    public UUID id;

    public String code;
    public UUID callId;
    public String titleKo;
    public String titleEn;

    @Enumerated(EnumType.STRING)
    public TechnologyArea technologyArea;

    public UUID leadInstitutionId;
    public String piName;
    public String piEmail;
    public UUID partnerAgreementId;
    public long requestedTotalKrw;
    public String statusReason;
    public Instant submittedAt;
    public Instant decidedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_joint_institution", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "institution_id")
    public Set<UUID> jointInstitutionIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_budget_line", joinColumns = @JoinColumn(name = "application_id"))
    @OrderBy("fiscalYear")
    public List<BudgetLine> requestedBudget = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("createdAt")
    public List<Review> reviews = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private ApplicationStatus status = ApplicationStatus.DRAFT;

    /** The amount requested for one fiscal year. */
    @Embeddable
    public static class BudgetLine {
        public int fiscalYear;
        public long amountKrw;

        public BudgetLine() {}

        public BudgetLine(int fiscalYear, long amountKrw) {
            this.fiscalYear = fiscalYear;
            this.amountKrw = amountKrw;
        }
    }

    public ApplicationStatus status() {
        return status;
    }

    /** Moves the application along its state machine, or refuses with 409 naming the current state. */
    public void apply(ApplicationAction action, String reason, Instant now) {
        status = action.transition().apply("application", status, reason);
        statusReason = Transition.reasonOf(reason);
        if (action == ApplicationAction.SUBMIT) {
            submittedAt = now;
        }
        if (action == ApplicationAction.SELECT || action == ApplicationAction.REJECT) {
            decidedAt = now;
        }
    }

    /** Content may change only while the application is a draft. */
    public void requireEditable() {
        if (status != ApplicationStatus.DRAFT) {
            throw ProblemException.illegalTransition("application", "edit", status, List.of(ApplicationStatus.DRAFT));
        }
    }

    /**
     * One reviewer's score, while under review (409 otherwise), each reviewer once whatever the letter case (409 for a
     * second score; the database's unique index compares {@code lower(reviewer)} too).
     */
    public void addReview(String reviewer, int score, String comment) {
        if (status != ApplicationStatus.UNDER_REVIEW) {
            throw ProblemException.illegalTransition(
                    "application", "review", status, List.of(ApplicationStatus.UNDER_REVIEW));
        }
        String name = reviewer.strip();
        String key = name.toLowerCase(java.util.Locale.ROOT);
        if (reviews.stream()
                .anyMatch(r -> r.reviewer.toLowerCase(java.util.Locale.ROOT).equals(key))) {
            throw ProblemException.conflict("Reviewer " + name + " has already scored this application");
        }
        Review review = new Review();
        review.id = UUID.randomUUID();
        review.application = this;
        review.reviewer = name;
        review.score = score;
        review.comment = comment;
        reviews.add(review);
    }

    public Double averageScore() {
        return reviews.isEmpty()
                ? null
                : reviews.stream().mapToInt(r -> r.score).average().orElse(0);
    }

    /** Applications of a call that still wait for a decision. */
    public static long countUndecided(UUID callId) {
        return count(
                "callId = ?1 and status in ?2",
                callId,
                List.of(
                        ApplicationStatus.SUBMITTED,
                        ApplicationStatus.ELIGIBILITY_CHECKED,
                        ApplicationStatus.UNDER_REVIEW));
    }

    /**
     * Takes the request's content under the call's rules: each fiscal year once and within the years the call's
     * projects run, the total within the per-project cap, the lead not also a joint institution (422 or 400).
     */
    public void describe(CallForProposals call, ApplicationRequest request) {
        Set<Integer> years = new HashSet<>();
        // a project of N months that starts after January of the call's year reaches into ceil(N / 12) further years
        int lastYear = call.fiscalYear + (call.durationMonths + 11) / 12;
        long total = 0;
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.requestedBudget().size(); i++) {
            ApplicationRequest.BudgetLineRequest line =
                    request.requestedBudget().get(i);
            if (!years.add(line.fiscalYear())) {
                errors.add(new Problem.FieldError("requestedBudget[" + i + "].fiscalYear", "appears twice"));
            }
            total += line.amountKrw();
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("Each fiscal year may appear once in requestedBudget", errors);
        }
        for (ApplicationRequest.BudgetLineRequest line : request.requestedBudget()) {
            if (line.fiscalYear() < call.fiscalYear || line.fiscalYear() > lastYear) {
                throw ProblemException.businessRule(
                        "budget-year-outside-call",
                        "Fiscal year " + line.fiscalYear() + " is outside the call's years " + call.fiscalYear + "–"
                                + lastYear);
            }
        }
        call.requireWithinCap(total);
        Set<UUID> joint = request.jointInstitutionIds() == null ? Set.of() : request.jointInstitutionIds();
        if (joint.contains(request.leadInstitutionId())) {
            throw ProblemException.businessRule(
                    "lead-also-joint", "The lead institution cannot also be a joint institution");
        }
        this.callId = call.id;
        this.titleKo = request.titleKo().strip();
        this.titleEn = request.titleEn().strip();
        this.technologyArea = request.technologyArea();
        this.leadInstitutionId = request.leadInstitutionId();
        this.jointInstitutionIds.clear();
        this.jointInstitutionIds.addAll(joint);
        this.piName = request.principalInvestigator().name().strip();
        this.piEmail = request.principalInvestigator().email();
        this.partnerAgreementId = request.partnerAgreementId();
        this.requestedBudget.clear();
        request.requestedBudget().stream()
                .sorted(java.util.Comparator.comparing(ApplicationRequest.BudgetLineRequest::fiscalYear))
                .forEach(l -> requestedBudget.add(new Application.BudgetLine(l.fiscalYear(), l.amountKrw())));
        this.requestedTotalKrw = total;
    }

    /** The application with this id, or 404. */
    public static Application found(UUID id) {
        return Lookups.found(Application.findById(id), "application", id);
    }

    /** The application, under its row lock for a change, or 404. */
    public static Application locked(UUID id) {
        return Lookups.locked(Application.class, id, "application");
    }

    /**
     * The agreement the project will rely on, of those that make the lead eligible today ({@code qualifying}): the
     * application's {@code partnerAgreementId}, which must be one of them, or else the first.
     */
    UUID reliedOnAgreement(List<UUID> qualifying) {
        if (partnerAgreementId == null) {
            return qualifying.isEmpty() ? null : qualifying.get(0);
        }
        if (!qualifying.contains(partnerAgreementId)) {
            throw ProblemException.businessRule(
                    "partner-agreement-not-qualifying",
                    "Partner agreement " + partnerAgreementId + " is not an agreement of the lead institution in force"
                            + " today with a qualifying agency of an accepted instrument");
        }
        return partnerAgreementId;
    }
}

package kr.go.msit.standards.partnership.agreement;

/** draft → active → expired | terminated. */
public enum AgreementStatus {
    DRAFT,
    ACTIVE,
    EXPIRED,
    TERMINATED
}

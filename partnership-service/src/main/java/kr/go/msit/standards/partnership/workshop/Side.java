package kr.go.msit.standards.partnership.workshop;

/** Which side a participant comes from: Korean institutions, or the partner agency (NIST). */
public enum Side {
    KOREA,
    PARTNER
}

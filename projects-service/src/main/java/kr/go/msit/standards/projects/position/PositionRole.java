package kr.go.msit.standards.projects.position;

/** A leadership role in a standards body's group (의장단·에디터). */
public enum PositionRole {
    CHAIR,
    VICE_CHAIR,
    CONVENOR,
    RAPPORTEUR,
    EDITOR,
    PROJECT_LEADER
}

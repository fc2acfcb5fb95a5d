package kr.go.msit.standards.platform.persistence.webhooks;

/** A subscription delivers while {@code ACTIVE}; {@code PAUSED} (by its owner, or after repeated failure) it waits. */
public enum WebhookStatus {
    ACTIVE,
    PAUSED
}

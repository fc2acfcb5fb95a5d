package kr.go.msit.standards.platform.persistence.webhooks;

import kr.go.msit.standards.platform.state.Action;
import kr.go.msit.standards.platform.state.Transition;

/** The moves of a webhook subscription. */
public enum WebhookAction implements Action<WebhookStatus> {
    PAUSE(Transition.of("pause", WebhookStatus.PAUSED, WebhookStatus.ACTIVE)),
    RESUME(Transition.of("resume", WebhookStatus.ACTIVE, WebhookStatus.PAUSED));

    private final Transition<WebhookStatus> transition;

    WebhookAction(Transition<WebhookStatus> transition) {
        this.transition = transition;
    }

    @Override
    public Transition<WebhookStatus> transition() {
        return transition;
    }
}

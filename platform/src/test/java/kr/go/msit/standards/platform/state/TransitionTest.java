package kr.go.msit.standards.platform.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kr.go.msit.standards.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class TransitionTest {

    enum Light {
        RED,
        GREEN,
        BROKEN
    }

    enum LightAction implements Action<Light> {
        GO(Transition.of("go", Light.GREEN, Light.RED)),
        BREAK(Transition.of("break", Light.BROKEN, Light.RED, Light.GREEN).withReason());

        private final Transition<Light> transition;

        LightAction(Transition<Light> transition) {
            this.transition = transition;
        }

        @Override
        public Transition<Light> transition() {
            return transition;
        }
    }

    @Test
    void aTransitionLeadsToItsTargetFromItsStatesOnly() {
        assertEquals(Light.GREEN, LightAction.GO.transition().apply("light", Light.RED, null));
        ProblemException refused = assertThrows(
                ProblemException.class, () -> LightAction.GO.transition().apply("light", Light.GREEN, null));
        assertEquals(409, refused.status());
        assertEquals("GREEN", refused.extensions().get("currentState"));
        assertEquals("go", refused.extensions().get("action"));
    }

    @Test
    void aReasonIsRequiredWhereTheTransitionSaysSoAnsweredOneWay() {
        for (String missing : new String[] {null, "", "  "}) {
            ProblemException refused = assertThrows(
                    ProblemException.class, () -> LightAction.BREAK.transition().apply("light", Light.GREEN, missing));
            assertEquals(422, refused.status());
            assertEquals("reason-required", refused.extensions().get("rule"));
        }
        assertEquals(Light.BROKEN, LightAction.BREAK.transition().apply("light", Light.GREEN, "storm"));
        // an illegal transition is refused as such, before the reason is looked at
        assertEquals(
                409,
                assertThrows(
                                ProblemException.class,
                                () -> LightAction.BREAK.transition().apply("light", Light.BROKEN, null))
                        .status());
    }

    @Test
    void theEnumReadsItsTransition() {
        assertEquals("break", LightAction.BREAK.verb());
        assertEquals(Light.BROKEN, LightAction.BREAK.target());
        assertTrue(LightAction.BREAK.reasonRequired());
        assertTrue(LightAction.GO.allowedFrom(Light.RED));
        assertEquals(java.util.List.of(Light.RED, Light.GREEN), LightAction.BREAK.from());
    }
}

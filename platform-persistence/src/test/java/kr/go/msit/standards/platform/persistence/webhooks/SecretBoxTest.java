package kr.go.msit.standards.platform.persistence.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private static final SecretBox OLD = new SecretBox("the old key", List.of());
    private static final SecretBox ROTATING = new SecretBox("the new key", List.of("an older key", "the old key"));
    private static final SecretBox NEW = new SecretBox("the new key", List.of());

    @Test
    void aSecretSealedUnderAPreviousKeyStillOpensWhileTheKeyIsRotated() {
        byte[] sealed = OLD.seal("whsec_1");
        assertEquals("whsec_1", ROTATING.open(sealed));
        // the key alone does not open it: the rotation is what reads it
        assertThrows(IllegalStateException.class, () -> NEW.open(sealed));
        assertTrue(ROTATING.rotating());
        assertFalse(NEW.rotating());
        // a comma-separated setting may leave spaces around a key
        assertEquals("whsec_1", new SecretBox("the new key", List.of(" the old key ")).open(sealed));
    }

    @Test
    void resealingPutsASecretUnderTheKeyAndLeavesOneAlreadyThere() {
        byte[] again = ROTATING.resealed(OLD.seal("whsec_2")).orElseThrow();
        assertEquals("whsec_2", NEW.open(again));
        assertTrue(ROTATING.resealed(NEW.seal("whsec_3")).isEmpty());
    }

    @Test
    void aSecretUnderNoConfiguredKeyIsRefusedNotMisread() {
        byte[] sealed = new SecretBox("a lost key", List.of()).seal("whsec_4");
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> ROTATING.open(sealed));
        assertTrue(refused.getMessage().contains("WEBHOOK_PREVIOUS_SECRET_KEYS"), refused.getMessage());
        assertThrows(IllegalStateException.class, () -> ROTATING.resealed(sealed));
        assertThrows(IllegalStateException.class, () -> ROTATING.open(new byte[5]));
    }

    @Test
    void noKeyIsNoBox() {
        SecretBox none = new SecretBox(" ", List.of("the old key"));
        assertThrows(IllegalStateException.class, () -> none.seal("whsec_5"));
    }
}

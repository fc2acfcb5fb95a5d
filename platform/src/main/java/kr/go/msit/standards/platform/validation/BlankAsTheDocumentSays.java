package kr.go.msit.standards.platform.validation;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;

/**
 * {@code @NotBlank} on a string means what the OpenAPI document publishes for it, the pattern {@code \S}: a character
 * that is not white space as JSON Schema's regular expressions (ECMAScript) count it, which includes the no-break
 * spaces (U+00A0, U+2007, U+202F), the other Unicode spaces and U+FEFF. Hibernate Validator's own check counts only
 * what Java's {@code Character.isWhitespace} does, so a name of no-break spaces was accepted that the document and a
 * client's validator refuse. Strings only; other character sequences keep the built-in check.
 */
@ApplicationScoped
public class BlankAsTheDocumentSays implements ValidatorFactoryCustomizer {

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.constraintDefinition(NotBlank.class)
                .includeExistingValidators(true)
                .validatedBy(NotBlankString.class);
        configuration.addMapping(mapping);
    }

    /** ECMAScript's {@code \s}: its white space and line terminators. */
    static boolean space(char c) {
        return c == '\t'
                || c == '\n'
                || c == '\u000B'
                || c == '\f'
                || c == '\r'
                || c == ' '
                || c == '\u00A0'
                || c == '\u1680'
                || (c >= '\u2000' && c <= '\u200A')
                || c == '\u2028'
                || c == '\u2029'
                || c == '\u202F'
                || c == '\u205F'
                || c == '\u3000'
                || c == '\uFEFF';
    }

    /** Not null, and holding a character that is not white space. */
    public static final class NotBlankString implements ConstraintValidator<NotBlank, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return false;
            }
            for (int i = 0; i < value.length(); i++) {
                if (!space(value.charAt(i))) {
                    return true;
                }
            }
            return false;
        }
    }
}

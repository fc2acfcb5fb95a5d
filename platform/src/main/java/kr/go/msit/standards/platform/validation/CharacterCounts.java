package kr.go.msit.standards.platform.validation;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;

/**
 * {@code @Size} on a string counts characters (Unicode code points), not Java's UTF-16 units: the OpenAPI document
 * publishes it as {@code minLength}/{@code maxLength}, which JSON Schema counts in characters, and PostgreSQL's
 * {@code varchar(n)} holds n characters. Counted in UTF-16 units, a name of 101 emoji or rare Hanja (each two units)
 * was refused by a 200 limit that the document, a client's validator and the column all allow. Collections, maps and
 * arrays keep Hibernate Validator's own check: the validator for {@code String} is more specific than its
 * {@code CharSequence} one, so it is the one chosen for strings.
 */
@ApplicationScoped
public class CharacterCounts implements ValidatorFactoryCustomizer {

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.constraintDefinition(Size.class).includeExistingValidators(true).validatedBy(SizeInCharacters.class);
        configuration.addMapping(mapping);
    }

    /** {@code @Size(min, max)} of a string, in code points; null is valid, as for every bean validation constraint. */
    public static final class SizeInCharacters implements ConstraintValidator<Size, String> {

        private int min;
        private int max;

        @Override
        public void initialize(Size size) {
            this.min = size.min();
            this.max = size.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            int length = value.codePointCount(0, value.length());
            return length >= min && length <= max;
        }
    }
}

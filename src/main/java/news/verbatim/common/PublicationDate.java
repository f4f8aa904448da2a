package news.verbatim.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/** A date something was printed on: from {@link InputRules#EARLIEST_DATE} to tomorrow (UTC). Null is valid. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PublicationDate.Validator.class)
public @interface PublicationDate {

    String message() default "must be a date from 1800-01-01 to tomorrow";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the range of {@link PublicationDate}. */
    class Validator implements ConstraintValidator<PublicationDate, LocalDate> {
        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || InputRules.isPublicationDate(value);
        }
    }
}

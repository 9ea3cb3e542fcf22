package app.capgo.supportdesk.inquiry;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An email address that can be mailed ({@link EmailAddresses}); a blank one is left to {@code @NotBlank}. */
@Documented
@Constraint(validatedBy = DeliverableAddress.Validator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface DeliverableAddress {

    String message() default "{inquiry.email.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks with the same strict parsing as sending. */
    class Validator implements ConstraintValidator<DeliverableAddress, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || EmailAddresses.isDeliverable(value);
        }
    }
}

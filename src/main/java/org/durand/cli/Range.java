package org.durand.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The values a numeric option allows, inclusive, declared beside the option: {@link OptionChecks}
 * refuses a value outside them (with every other problem of the command line at once), and says
 * them when a value is not a number at all.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@interface Range {

    /** Smallest allowed value. */
    double min();

    /** Largest allowed value. */
    double max();

    /** Why the bounds are what they are, when it is not obvious (printed after the range). */
    String reason() default "";
}

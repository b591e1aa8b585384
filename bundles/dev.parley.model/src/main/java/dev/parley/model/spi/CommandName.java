package dev.parley.model.spi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Component property type naming a {@link ParleyCommand} service ({@code parley.command.name}).
 * With it, the command line finds the command without starting it, so starting Parley for one
 * command does not start all the others.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CommandName {
    /** Prefix of the property name. */
    String PREFIX_ = "parley.";

    /** The word after {@code parley}, the same as {@link ParleyCommand#name()}. */
    String value();
}

package dev.parley.model.spi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Component property type naming an importer service: put {@code @ImporterName("csv")} on an
 * {@link Importer} component to register it with the service property {@code parley.importer.name}.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ImporterName {
    /** Prefix of the property name. */
    String PREFIX_ = "parley.";

    /** The importer's short name, the same as {@link Importer#name()}. */
    String value();
}

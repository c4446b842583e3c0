package net.java.ao.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// Source: DEC-P6 activeobjects-plugin 5.2.1 net/java/ao/schema/AutoIncrement.java (RUNTIME, METHOD marker)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AutoIncrement {
}

// Test double: same fully-qualified name as the real annotation, so the processor is exercised by name only.
package jakarta.inject;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

@Retention(RetentionPolicy.RUNTIME)
public @interface Named {
    String value() default "";
}

package dev.comptoir.kit.ids;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.PathParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

/**
 * The grammar of each path parameter of a resource method, read from its constraint ({@code @Pattern}, or one
 * made of it: {@link Uuid}, {@link Key}, {@link Sku}, {@link SagaName}), for the filters that must look at an
 * id before Bean Validation does (it runs only when the resource method is called).
 */
public final class Grammars {

    private Grammars() {}

    /** Each path parameter's name and its regular expression; those without a grammar are left out. */
    public static Map<String, java.util.regex.Pattern> ofPathParameters(Method method) {
        Map<String, java.util.regex.Pattern> grammars = new HashMap<>();
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            String path = null;
            String regexp = null;
            for (Annotation annotation : annotations) {
                if (annotation instanceof PathParam param) {
                    path = param.value();
                } else if (regexpOf(annotation) != null) {
                    regexp = regexpOf(annotation);
                }
            }
            if (path != null && regexp != null) {
                grammars.put(path, java.util.regex.Pattern.compile(regexp));
            }
        }
        return Map.copyOf(grammars);
    }

    private static String regexpOf(Annotation annotation) {
        if (annotation instanceof Pattern pattern) {
            return pattern.regexp();
        }
        Pattern composed = annotation.annotationType().getAnnotation(Pattern.class);
        return composed == null ? null : composed.regexp();
    }
}

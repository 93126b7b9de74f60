package dev.comptoir.kit.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultStepInterceptorTest {

    private final List<String> ran = new ArrayList<>();

    @FaultStep(value = "customers/credit-locked/", endsWithFirstArgument = true)
    public String reserve(String customerId) {
        return "reserved " + customerId;
    }

    @Test
    void failsTheStepNamedWithItsFirstArgumentOnceTheMethodHasRun() throws Exception {
        FaultStepInterceptor interceptor = new FaultStepInterceptor();
        interceptor.faults = new FaultRules();
        interceptor.faults.enabled = true;
        interceptor.faults.replace(List.of(new FaultRule("STEP", "customers/credit-locked/c-1", 0, 0, 1, null)));

        assertThrows(InjectedFault.class, () -> interceptor.afterStep(invocation("c-1")));
        assertEquals("reserved c-2", interceptor.afterStep(invocation("c-2")));
        assertEquals(List.of("c-1", "c-2"), ran);
    }

    private InvocationContext invocation(String customerId) throws NoSuchMethodException {
        Method method = FaultStepInterceptorTest.class.getMethod("reserve", String.class);
        return (InvocationContext) Proxy.newProxyInstance(
                InvocationContext.class.getClassLoader(),
                new Class<?>[] {InvocationContext.class},
                (proxy, called, args) -> switch (called.getName()) {
                    case "getMethod" -> method;
                    case "getParameters" -> new Object[] {customerId};
                    case "proceed" -> {
                        ran.add(customerId);
                        yield reserve(customerId);
                    }
                    default -> throw new UnsupportedOperationException(called.getName());
                });
    }
}

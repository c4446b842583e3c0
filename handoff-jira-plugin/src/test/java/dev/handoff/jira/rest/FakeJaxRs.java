package dev.handoff.jira.rest;

import org.mockito.Mockito;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.RuntimeDelegate;

/**
 * Unit tests run without a JAX-RS implementation (Jira provides Jersey at runtime). This installs a minimal
 * {@link RuntimeDelegate} whose response builder records status, entity and media type, which is all the
 * resources use.
 */
final class FakeJaxRs {

    private static boolean installed;

    private FakeJaxRs() {
    }

    static synchronized void install() {
        if (installed) {
            return;
        }
        RuntimeDelegate delegate = Mockito.mock(RuntimeDelegate.class, inv ->
                inv.getMethod().getName().equals("createResponseBuilder") ? builder() : null);
        RuntimeDelegate.setInstance(delegate);
        installed = true;
    }

    private static Response.ResponseBuilder builder() {
        int[] status = {200};
        Object[] entity = {null};
        MediaType[] type = {null};
        return Mockito.mock(Response.ResponseBuilder.class, inv -> {
            Object[] a = inv.getArguments();
            switch (inv.getMethod().getName()) {
                case "status" -> status[0] = a[0] instanceof Response.StatusType st ? st.getStatusCode() : (Integer) a[0];
                case "entity" -> entity[0] = a[0];
                case "type" -> type[0] = a[0] instanceof MediaType m ? m : MediaType.valueOf((String) a[0]);
                case "build" -> {
                    return response(status[0], entity[0], type[0]);
                }
                default -> {
                }
            }
            return Response.ResponseBuilder.class.isAssignableFrom(inv.getMethod().getReturnType()) ? inv.getMock() : null;
        });
    }

    private static Response response(int status, Object entity, MediaType type) {
        return Mockito.mock(Response.class, inv -> switch (inv.getMethod().getName()) {
            case "getStatus" -> status;
            case "getEntity" -> entity;
            case "hasEntity" -> entity != null;
            case "getMediaType" -> type;
            case "toString" -> "Response " + status + " " + entity;
            default -> null;
        });
    }
}

package org.batterygraph.access;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.jwt.build.Jwt;

/**
 * Development only: {@code GET /dev/token?role=editor} answers a one-hour token signed with the throwaway key pair
 * of dev/jwt/. The bean exists only in builds with {@code battery.dev-tokens.enabled=true} (dev and test
 * profiles); a production build has no such endpoint and no signing key.
 */
@Path("/dev/token")
@IfBuildProperty(name = "battery.dev-tokens.enabled", stringValue = "true")
public class DevTokenResource {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public Response token(@QueryParam("role") List<String> roles, @QueryParam("user") String user) {
        var granted = new LinkedHashSet<String>();
        for (var role : roles) {
            if (Role.of(role).isEmpty()) {
                return Response.status(Response.Status.BAD_REQUEST)
                        .entity("role: expected editor, admin or analyst\n").build();
            }
            granted.add(role);
        }
        var subject = user == null || !user.matches("[A-Za-z0-9._@-]{1,64}") ? "dev-" + String.join("-", granted) : user;
        var token = Jwt.upn(subject).subject(subject).groups(granted).expiresIn(Duration.ofHours(1)).sign();
        return Response.ok(token + "\n").build();
    }
}

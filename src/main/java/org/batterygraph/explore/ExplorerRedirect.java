package org.batterygraph.explore;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * The explorer page is static (META-INF/resources/explore/, docs/explorer.md): the site root leads to it, so that a
 * person opening the server's address sees the graph (Quarkus itself redirects /explore to /explore/).
 */
@Path("/")
public class ExplorerRedirect {

    static final URI EXPLORER = URI.create("/explore/");

    @GET
    public Response root() {
        return Response.seeOther(EXPLORER).build();
    }
}

package org.batterygraph.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.batterygraph.api.DatabaseUnavailableException;
import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.api.LimitExceededException;
import org.batterygraph.api.QueryFailedException;
import org.batterygraph.api.QueryTimeoutException;
import org.batterygraph.api.RefusalMetrics;
import org.batterygraph.model.NodeKind;
import org.batterygraph.model.RelationshipType;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Blocking;

/**
 * GET /export/neighbourhood.{format} and /export/paths.{format}: GraphQL's {@code neighbourhood} and {@code paths}
 * as files (GraphML, Cytoscape.js JSON, CSV of nodes or edges) and their sources (CSL-JSON, BibTeX), with the same
 * arguments, defaults, bounds and codes. A refusal is a 4xx with {@code {"error": {"code", "message"}}}
 * (docs/errors.md), counted as battery_refusals_total{api="export"}.
 */
@Path("/export")
@Blocking
public class ExportResource {

    private static final Logger LOG = Logger.getLogger(ExportResource.class);

    private final Exports exports;
    private final RefusalMetrics metrics;

    ExportResource(Exports exports, RefusalMetrics metrics) {
        this.exports = exports;
        this.metrics = metrics;
    }

    @GET
    @Path("/neighbourhood.{format: .+}")
    public Response neighbourhood(@PathParam("format") String format, @QueryParam("id") String id,
            @QueryParam("depth") String depth, @QueryParam("relationshipTypes") List<String> relationshipTypes,
            @QueryParam("labels") List<String> labels, @QueryParam("limit") String limit, @QueryParam("asOf") String asOf) {
        return answer(format, () -> {
            var graph = exports.neighbourhood(required("id", id), integer("depth", depth),
                    values("relationshipTypes", relationshipTypes, RelationshipType.class), values("labels", labels, NodeKind.class),
                    integer("limit", limit), date("asOf", asOf));
            if (graph == null) {
                throw new Refusal(404, "NOT_FOUND", "There is no node with id " + quoted(id));
            }
            return new Named(graph, "neighbourhood-" + id + "-depth" + (depth == null ? "1" : depth.trim()));
        });
    }

    @GET
    @Path("/paths.{format: .+}")
    public Response paths(@PathParam("format") String format, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("maxHops") String maxHops, @QueryParam("relationshipTypes") List<String> relationshipTypes,
            @QueryParam("limit") String limit, @QueryParam("asOf") String asOf) {
        return answer(format, () -> {
            var graph = exports.paths(required("from", from), required("to", to), integer("maxHops", maxHops),
                    values("relationshipTypes", relationshipTypes, RelationshipType.class), integer("limit", limit),
                    date("asOf", asOf));
            if (graph == null) {
                throw new Refusal(404, "NOT_FOUND", "There is no node with id " + quoted(from) + " or none with id " + quoted(to));
            }
            return new Named(graph, "paths-" + from + "-" + to);
        });
    }

    /** A subgraph and the file name (without extension) it is offered under. */
    private record Named(ExportGraph graph, String name) {
    }

    private interface Export {
        Named run() throws Exception;
    }

    /** A refusal of this API: HTTP status, code (docs/errors.md), message. */
    private static final class Refusal extends Exception {
        final int status;
        final String code;

        Refusal(int status, String code, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
        }
    }

    private Response answer(String extension, Export export) {
        try {
            var format = Format.of(extension);
            if (format == null) {
                throw new Refusal(404, "NOT_FOUND", "There is no export format " + quoted(extension) + "; there are "
                        + Format.extensions());
            }
            var named = export.run();
            var file = named.name().replaceAll("[^A-Za-z0-9._-]+", "_") + "." + format.extension;
            return Response.ok(format.renderer.render(named.graph()), format.mediaType)
                    .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
        } catch (Refusal e) {
            return refused(e.status, e.code, e.getMessage());
        } catch (InvalidArgumentException e) {
            return refused(400, "INVALID_ARGUMENT", e.getMessage());
        } catch (LimitExceededException e) {
            return refused(400, "LIMIT_EXCEEDED", e.getMessage());
        } catch (QueryTimeoutException e) {
            return refused(400, "QUERY_TIMEOUT", e.getMessage());
        } catch (DatabaseUnavailableException e) {
            return refused(503, "DATABASE_UNAVAILABLE", e.getMessage());
        } catch (QueryFailedException e) {
            return refused(500, "INTERNAL_ERROR", e.getMessage());
        } catch (Exception e) {
            var reference = UUID.randomUUID().toString();
            LOG.errorf(e, "Export failed (reference %s)", reference);
            return refused(500, "INTERNAL_ERROR", "The export failed; the server log has the cause under reference " + reference);
        }
    }

    private Response refused(int status, String code, String message) {
        metrics.count("export", code);
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", Map.of("code", code, "message", message))).build();
    }

    private static String required(String name, String value) throws InvalidArgumentException {
        if (value == null || value.isBlank()) {
            throw new InvalidArgumentException(name + " is required");
        }
        return value;
    }

    private static Integer integer(String name, String value) throws InvalidArgumentException {
        if (value == null || value.isBlank()) {
            return null; // the GraphQL field's default
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException(name + " must be a whole number, was " + quoted(value));
        }
    }

    private static LocalDate date(String name, String value) throws InvalidArgumentException {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidArgumentException(name + " must be a date yyyy-MM-dd, was " + quoted(value));
        }
    }

    /** Enum values, repeated ({@code labels=Facility&labels=Organization}) or comma-separated; null when none. */
    private static <E extends Enum<E>> List<E> values(String name, List<String> given, Class<E> type) throws InvalidArgumentException {
        var values = new ArrayList<E>();
        for (var item : given == null ? List.<String>of() : given) {
            for (var part : item.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    values.add(Enum.valueOf(type, part.trim()));
                } catch (IllegalArgumentException e) {
                    throw new InvalidArgumentException("%s: %s is not one of %s".formatted(name, quoted(part),
                            Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
                }
            }
        }
        return values.isEmpty() ? null : values;
    }

    /** A client's value in a message: quoted, cut at 100 characters. */
    private static String quoted(String value) {
        return "\"" + (value.length() > 100 ? value.substring(0, 100) + "..." : value) + "\"";
    }
}

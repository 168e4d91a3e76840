package org.batterygraph.api;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonToken;

import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * A document that does not parse gets {@code GRAPHQL_PARSE_FAILED} with graphql-java's message (offending token,
 * line and column), its location and the classification {@code InvalidSyntax}, as a GraphQL error with HTTP 200 like
 * the validation errors. SmallRye parses the document before graphql-java runs and, when that fails, answers
 * "Unparseable input document" with no code, no location and the classification DataFetchingException
 * (io.smallrye.graphql.execution.ExecutionService); it has no hook there, so this route parses the document first,
 * with the token limits of application.properties and the same reading of the request as Quarkus' handler (raw line breaks and tabs taken as spaces; a GET, when quarkus.smallrye-graphql.http.get.enabled
 * allows it, with its query decoded once more).
 *
 * <p>Documents that parsed are remembered (up to {@link #REMEMBERED} of at most {@link #REMEMBERED_LENGTH}
 * characters), so a repeated document, the common case, is not parsed again here; SmallRye's own cache keeps it
 * parsed there. Anything this route cannot read (a body that is not JSON, no query) goes on to SmallRye unchanged.
 */
@ApplicationScoped
public class DocumentSyntax {

    static final String CODE = "GRAPHQL_PARSE_FAILED";
    static final int REMEMBERED = 2048;
    static final int REMEMBERED_LENGTH = 16 * 1024;
    private static final JsonFactory JSON = new JsonFactory();

    private final Set<String> parsed = ConcurrentHashMap.newKeySet();
    private final RefusalMetrics metrics;
    private final MemorySize maxBodySize;
    private final boolean getEnabled;
    private final ParserOptions options;

    DocumentSyntax(RefusalMetrics metrics,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            @ConfigProperty(name = "quarkus.smallrye-graphql.http.get.enabled", defaultValue = "false") boolean getEnabled,
            @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-tokens") Optional<Integer> maxTokens,
            @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-whitespace-tokens") Optional<Integer> maxWhitespaceTokens) {
        this.metrics = metrics;
        this.maxBodySize = maxBodySize;
        this.getEnabled = getEnabled;
        // SmallRye gives these limits to graphql-java's parser options for schemas, not to those for operations
        // (ParserOptions.setDefaultParserOptions), so its own parse of a request stops only at graphql-java's
        // defaults (15,000 tokens); here the configured limits hold.
        this.options = ParserOptions.getDefaultOperationParserOptions().transform(options -> {
            maxTokens.ifPresent(options::maxTokens);
            maxWhitespaceTokens.ifPresent(options::maxWhitespaceTokens);
        });
    }

    void install(@Observes Router router) {
        // The body read as Quarkus' own handler of the route reads it (same limit: 413 above it); that handler
        // then finds it read.
        router.route("/graphql").order(-9)
                .handler(BodyHandler.create(false).setBodyLimit(maxBodySize.asLongValue()))
                .handler(this::check);
    }

    private void check(RoutingContext context) {
        var query = query(context, getEnabled);
        if (query == null || query.isEmpty() || parsed.contains(query)) {
            context.next();
            return;
        }
        try {
            new Parser().parseDocument(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(options).locale(Locale.ENGLISH).build());
        } catch (InvalidSyntaxException e) {
            refuse(context, e);
            return;
        }
        if (query.length() <= REMEMBERED_LENGTH) {
            if (parsed.size() >= REMEMBERED) {
                parsed.clear();
            }
            parsed.add(query);
        }
        context.next();
    }

    /** The document as SmallRye will get it, or null when this route cannot tell (SmallRye answers then). */
    static String query(RoutingContext context, boolean getEnabled) {
        try {
            if (context.request().method() == HttpMethod.GET) {
                if (!getEnabled) {
                    return null; // 405 from SmallRye's handler (quarkus.smallrye-graphql.http.get.enabled is off)
                }
                var values = context.queryParam("query");
                return values.isEmpty() ? null : URLDecoder.decode(spaced(values.get(0)), StandardCharsets.UTF_8);
            }
            if (context.request().method() != HttpMethod.POST || context.body() == null || context.body().length() == 0) {
                return null;
            }
            var body = spaced(context.body().asString());
            var contentType = context.request().getHeader("content-type");
            if (contentType != null && contentType.startsWith("application/graphql")) {
                return body;
            }
            return queryMember(body);
        } catch (RuntimeException | IOException e) {
            return null; // not JSON, a bad %-escape: SmallRye's handler answers it as it does today
        }
    }

    /**
     * The string member {@code query} of a JSON object, read as a stream: the variables and the rest are skipped, not
     * built into a tree.
     */
    private static String queryMember(String body) throws IOException {
        try (var parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String query = null;
            for (var token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                var name = parser.currentName();
                var value = parser.nextToken();
                if ("query".equals(name)) {
                    query = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                } else {
                    parser.skipChildren();
                }
            }
            return query;
        }
    }

    /** Quarkus' handler takes raw line breaks and tabs in the request as spaces (so Java text blocks are JSON). */
    private static String spaced(String text) {
        return text.indexOf('\n') < 0 && text.indexOf('\t') < 0 ? text : text.replace('\n', ' ').replace('\t', ' ');
    }

    private void refuse(RoutingContext context, InvalidSyntaxException e) {
        var error = new LinkedHashMap<String, Object>();
        error.put("message", e.getMessage());
        var location = e.getLocation();
        if (location != null && location.getLine() > 0) {
            error.put("locations", new JsonArray().add(new JsonObject(Map.of("line", location.getLine(), "column", location.getColumn()))));
        }
        error.put("extensions", new JsonObject().put("code", CODE).put("classification", "InvalidSyntax"));
        metrics.count("graphql", CODE);
        context.response().setStatusCode(200)
                .putHeader("content-type", "application/graphql+json; charset=UTF-8")
                .end(new JsonObject().put("errors", new JsonArray().add(new JsonObject(error))).encode());
    }
}

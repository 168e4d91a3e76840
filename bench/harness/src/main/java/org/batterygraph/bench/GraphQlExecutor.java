package org.batterygraph.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** POSTs {query, variables} over HTTP/1.1 keep-alive, as a browser or a backend client would. */
final class GraphQlExecutor implements Executor {

    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final HttpClient client;
    private final URI endpoint;
    private final String authorization;

    GraphQlExecutor(URI endpoint, String authorization) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(threads).connectTimeout(Duration.ofSeconds(5)).build();
        this.endpoint = endpoint;
        this.authorization = authorization;
    }

    @Override
    public JsonNode execute(String document, Map<String, Object> variables) throws Exception {
        byte[] body = JSON.writeValueAsBytes(Map.of("query", document, "variables", variables));
        var request = HttpRequest.newBuilder(endpoint).timeout(REQUEST_TIMEOUT)
                .header("content-type", "application/json").header("accept", "application/json");
        if (authorization != null) {
            request.header("authorization", authorization);
        }
        HttpResponse<byte[]> response = client.send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + new String(response.body()));
        }
        return JSON.readTree(response.body());
    }

    @Override
    public void close() {
        threads.shutdown();
    }
}

package org.batterygraph.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A validated first/after page request. Cursors are opaque to clients (base64url of the last id) and stable
 * because lists are ordered by the unique id.
 */
public record PageRequest(int first, String afterId) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    private static final String PREFIX = "id:";

    public static PageRequest of(Integer first, String after) throws InvalidArgumentException {
        int size = first == null ? DEFAULT_SIZE : first;
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidArgumentException("first must be between 1 and " + MAX_SIZE + ", was " + size);
        }
        return new PageRequest(size, after == null ? "" : decode(after));
    }

    public static String cursor(String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + id).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) throws InvalidArgumentException {
        try {
            var text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                return text.substring(PREFIX.length());
            }
        } catch (IllegalArgumentException notBase64) {
            // falls through to the error below
        }
        throw new InvalidArgumentException("after is not a cursor returned by this API");
    }
}

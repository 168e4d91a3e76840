package org.batterygraph.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A validated first/after page request. Cursors are opaque to clients: base64url of the last id for lists
 * ordered by the unique id (stable under inserts), or of an offset for lists in another order.
 */
public record PageRequest(int first, String afterId, int offset) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    private static final String PREFIX = "id:";
    private static final String OFFSET = "offset:";

    public static PageRequest of(Integer first, String after) throws InvalidArgumentException {
        int size = first == null ? DEFAULT_SIZE : first;
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidArgumentException("first must be between 1 and " + MAX_SIZE + ", was " + size);
        }
        if (after == null) {
            return new PageRequest(size, "", 0);
        }
        var position = decode(after);
        if (position.startsWith(OFFSET)) {
            try {
                return new PageRequest(size, "", Math.max(0, Integer.parseInt(position.substring(OFFSET.length()))));
            } catch (NumberFormatException e) {
                throw new InvalidArgumentException("after is not a cursor returned by this API");
            }
        }
        return new PageRequest(size, position.substring(PREFIX.length()), 0);
    }

    /** Cursor after the item with this id, for lists ordered by id. */
    public static String cursor(String id) {
        return encode(PREFIX + id);
    }

    /** Cursor after the first {@code count} items, for lists in another order. */
    public static String offsetCursor(int count) {
        return encode(OFFSET + count);
    }

    private static String encode(String position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) throws InvalidArgumentException {
        try {
            var text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX) || text.startsWith(OFFSET)) {
                return text;
            }
        } catch (IllegalArgumentException notBase64) {
            // falls through to the error below
        }
        throw new InvalidArgumentException("after is not a cursor returned by this API");
    }
}

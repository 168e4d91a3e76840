package org.batterygraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CypherScriptTest {

    @Test
    void splitsOnSemicolonsOutsideStringsAndComments() {
        var statements = CypherScript.split("""
                // a comment; with a semicolon
                CREATE (:A {quote: 'one; two', other: "it\\'s; fine"});
                /* block; comment */
                MATCH (n:`odd;label`) RETURN n;
                RETURN 'it\\'s' AS x
                """);
        assertThat(statements).containsExactly(
                "CREATE (:A {quote: 'one; two', other: \"it\\'s; fine\"})",
                "MATCH (n:`odd;label`) RETURN n",
                "RETURN 'it\\'s' AS x");
    }

    @Test
    void ignoresEmptyStatementsAndTrailingComments() {
        assertThat(CypherScript.split(";;\n// only a comment\n")).isEmpty();
    }
}

package org.batterygraph.contribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.batterygraph.model.ClaimStatus;
import org.batterygraph.model.Confidence;
import org.batterygraph.model.NodeKind;
import org.batterygraph.model.Property;
import org.batterygraph.model.RelationshipType;
import org.batterygraph.neo4j.Cypher;

/**
 * One contribution, planned in Java and run as ONE Cypher statement (one transaction, one round trip): the checks
 * that need the database (the source and every referenced node exist, with the right kind), then, only when they
 * all pass, the source, the node, its relationships and one claim per stated fact. A failed check writes nothing.
 *
 * <p>Everything is MERGEd on stable ids, so repeating a write changes nothing: a claim's id is built from what it
 * states and the source key, as in the seed files ({@code claim:<subject>.<property>@<source>},
 * {@code claim:<from>-<TYPE>-><to>@<source>}). Labels and relationship types come from Java enums, never from text.
 */
final class Write {

    static final Cypher.Query STATEMENT = new Cypher.Query("contribution.write", """
            OPTIONAL MATCH (existingSource:Source {id: $evidence.sourceId})
            OPTIONAL MATCH (existing:Entity {id: $entity.id})
            WITH existingSource, existing,
                 [c IN $checks WHERE NOT EXISTS {
                     MATCH (x:Entity {id: c.id}) WHERE any(l IN labels(x) WHERE l IN c.labels)
                   } | c.field + ': there is no ' + c.expected + ' with id "' + c.id + '"']
                 + CASE WHEN existingSource IS NULL AND $evidence.newSource IS NULL
                        THEN ['evidence.sourceId: there is no source with id "' + $evidence.sourceId
                              + '"; describe it in evidence.newSource to add it'] ELSE [] END
                 + CASE WHEN existing IS NOT NULL AND NOT $entity.label IN labels(existing)
                        THEN ['input.id: "' + $entity.id + '" is already a '
                              + [l IN labels(existing) WHERE l <> 'Entity'][0]] ELSE [] END AS problems
            OPTIONAL CALL (problems) {
              WITH problems WHERE problems = []
              MERGE (s:Entity {id: $evidence.sourceId})
                ON CREATE SET s:Source, s += $evidence.newSource, s.recordedBy = $user, s.recordedAt = datetime()
              WITH s
              OPTIONAL CALL (s) {
                WITH s WHERE $entity IS NOT NULL
                MERGE (n:Entity {id: $entity.id})
                  ON CREATE SET n.createdBy = $user, n.createdAt = datetime()
                SET n:$($entity.label), n += $entity.properties
                WITH s, n
                CALL (s, n) {
                  // History, never overwrite: the same value from the same source is the same claim; a changed value
                  // is a new claim (id suffixed ~2, ~3, ...) and the source's earlier claim becomes Superseded. The
                  // node is locked by the SET above, so writers of one node take their turns here.
                  UNWIND $entity.values AS v
                  OPTIONAL CALL (s, n, v) {
                    MATCH (n)<-[:ABOUT]-(cur:Claim)-[:STATED_IN]->(s)
                    WHERE cur.property = v.property AND cur.status = $status.active
                    RETURN cur ORDER BY cur.recordedAt DESC LIMIT 1
                  }
                  WITH s, n, v, cur, 'claim:' + n.id + '.' + v.property + '@' + substring(s.id, 7) AS base,
                       COUNT { MATCH (n)<-[:ABOUT]-(x:Claim)-[:STATED_IN]->(s) WHERE x.property = v.property } AS versions
                  WITH s, n, v, cur, CASE WHEN cur IS NOT NULL AND cur.value = v.value THEN cur.id
                                          WHEN versions = 0 THEN base ELSE base + '~' + (versions + 1) END AS claimId
                  MERGE (c:Entity {id: claimId})
                    ON CREATE SET c:Claim, c.status = $status.active, c.recordedBy = $user, c.recordedAt = datetime()
                  SET c.predicate = 'HAS_VALUE', c.subjectId = n.id, c.property = v.property, c.value = v.value,
                      c.evidenceKind = $evidence.kind, c.quote = $evidence.quote,
                      c.paraphrase = $evidence.paraphrase, c.paraphrasedBy = $evidence.paraphrasedBy,
                      c.recordDataset = $evidence.recordDataset, c.recordRelease = $evidence.recordRelease,
                      c.recordKey = $evidence.recordKey, c.assertedPrecision = $evidence.precision,
                      c.assertedBasis = $evidence.basis, c.assertedOn = $evidence.assertedOn, c.confidence = $evidence.confidence
                  MERGE (c)-[st:STATED_IN]->(s) SET st.sources = [s.id]
                  MERGE (c)-[ab:ABOUT]->(n) SET ab.sources = [s.id]
                  WITH n, v, c, cur
                  CALL (c, cur) {
                    WITH c, cur WHERE cur IS NOT NULL AND cur.id <> c.id
                    SET cur.status = $status.superseded, cur.supersededBy = c.id, cur.supersededAt = datetime(),
                        cur.supersededByUser = $user
                  }
                  // The value rule (docs/data.md): of the active claims, an editor's preferred one, then the most
                  // confident, then the latest assertion (then the latest recorded) gives the node its value.
                  CALL (n, v) {
                    MATCH (n)<-[:ABOUT]-(w:Claim)
                    WHERE w.property = v.property AND w.status = $status.active
                    RETURN w ORDER BY coalesce(w.preferred, false) DESC, coalesce($rank[w.confidence], 0) DESC,
                                      w.assertedOn DESC, w.recordedAt DESC, w.id DESC
                    LIMIT 1
                  }
                  SET n[v.property] = CASE WHEN w.value = v.value THEN v.given
                                           WHEN v.type = 'INTEGER' THEN toInteger(w.value)
                                           WHEN v.type = 'NUMBER' THEN toFloat(w.value)
                                           WHEN v.type = 'DATE' THEN date(w.value)
                                           WHEN v.type = 'LIST' THEN n[v.property]
                                           ELSE w.value END
                  RETURN collect(c.id) AS valueClaims
                }
                RETURN n, valueClaims
              }
              CALL (s) {
                UNWIND $links AS link
                MATCH (a:Entity {id: link.from})
                MATCH (b:Entity {id: link.to})
                // Any write takes the node's exclusive lock: concurrent writers of a's relationships queue here,
                // so the MERGE below cannot duplicate a relationship and no appended source is lost.
                REMOVE a.writeLock
                MERGE (a)-[r:$(link.type)]->(b)
                WITH s, a, r, link, 'claim:' + link.from + '-' + link.type + '->' + link.to + '@' + substring(s.id, 7) AS claimId
                SET r += link.properties,
                    r.sources = CASE WHEN s.id IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + s.id END,
                    r.claims = CASE WHEN claimId IN coalesce(r.claims, []) THEN r.claims ELSE coalesce(r.claims, []) + claimId END
                MERGE (c:Entity {id: claimId})
                  ON CREATE SET c:Claim, c.status = 'Active', c.recordedBy = $user, c.recordedAt = datetime()
                SET c.predicate = link.type, c.subjectId = link.from, c.objectId = link.to,
                    c.validFrom = link.properties.validFrom, c.validTo = link.properties.validTo,
                    c.evidenceKind = $evidence.kind, c.quote = $evidence.quote,
                    c.paraphrase = $evidence.paraphrase, c.paraphrasedBy = $evidence.paraphrasedBy,
                    c.recordDataset = $evidence.recordDataset, c.recordRelease = $evidence.recordRelease,
                    c.recordKey = $evidence.recordKey, c.assertedPrecision = $evidence.precision,
                    c.assertedBasis = $evidence.basis, c.assertedOn = $evidence.assertedOn, c.confidence = $evidence.confidence
                MERGE (c)-[st:STATED_IN]->(s) SET st.sources = [s.id]
                MERGE (c)-[ab:ABOUT]->(a) SET ab.sources = [s.id]
                RETURN collect(c.id) AS linkClaims
              }
              RETURN n AS node, valueClaims, linkClaims
            }
            RETURN problems, node, existing IS NULL AS created,
                   coalesce(valueClaims, []) + coalesce(linkClaims, []) AS claims
            """);

    private final Map<String, Object> entity;
    private final List<Map<String, Object>> links = new ArrayList<>();
    private final List<Map<String, Object>> checks = new ArrayList<>();

    private Write(Map<String, Object> entity) {
        this.entity = entity;
    }

    /** A write of one node of {@code label}: its given properties, each also stated as a value claim. */
    static Write node(NodeKind kind, String id, Map<String, Object> properties) {
        var given = new LinkedHashMap<String, Object>();
        properties.forEach((k, v) -> {
            if (v != null) {
                given.put(k, v);
            }
        });
        var values = given.entrySet().stream()
                .filter(e -> !e.getKey().equals("aliasText"))
                .map(e -> Map.<String, Object>of("property", e.getKey(), "value", String.valueOf(e.getValue()),
                        "given", e.getValue(), "type", kind.properties().stream().filter(p -> p.name().equals(e.getKey()))
                                .map(p -> p.type().name()).findFirst().orElse(Property.ValueType.TEXT.name())))
                .toList();
        var entity = new HashMap<String, Object>();
        entity.put("id", id);
        entity.put("label", kind.label());
        entity.put("properties", given);
        entity.put("values", values);
        return new Write(entity);
    }

    /** A write of relationships only, between nodes that must exist. */
    static Write relationships() {
        return new Write(null);
    }

    /** Adds a relationship; {@code properties} with null values are left out. */
    Write link(String from, RelationshipType type, String to, Map<String, Object> properties) {
        var given = new HashMap<String, Object>();
        properties.forEach((k, v) -> {
            if (v != null) {
                given.put(k, v);
            }
        });
        links.add(Map.of("from", from, "type", type.type(), "to", to, "properties", given));
        return this;
    }

    /** The statement refuses the write unless a node with this id and one of these labels exists. */
    Write mustExist(String field, String id, List<String> labels) {
        checks.add(Map.of("field", field, "id", id, "labels", labels,
                "expected", String.join(" or ", labels.stream().map(String::toLowerCase).toList())));
        return this;
    }

    Map<String, Object> parameters(Map<String, Object> evidence, String user) {
        var parameters = new HashMap<String, Object>();
        parameters.put("entity", entity);
        parameters.put("links", links);
        parameters.put("checks", checks);
        parameters.put("evidence", evidence);
        parameters.put("user", user);
        parameters.put("status", Map.of("active", ClaimStatus.Active.stored(), "superseded", ClaimStatus.Superseded.stored()));
        parameters.put("rank", Confidence.ranks());
        return parameters;
    }
}

package org.batterygraph.contribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.batterygraph.model.Confidence;
import org.batterygraph.model.DateBasis;
import org.batterygraph.model.DatePrecision;
import org.batterygraph.model.NodeKind;
import org.batterygraph.model.Property;
import org.batterygraph.model.RelationshipType;
import org.batterygraph.neo4j.Cypher;
import org.neo4j.driver.Value;

/**
 * One contribution, planned in Java and run as a few small named statements in ONE transaction (all of it or
 * nothing): the checks that need the database (the source and every referenced node exist, with the right kind),
 * then, only when they all pass, the source, the node, its value claims (history, never overwrite), the value rule,
 * the conflicts of its values, the relationships with their claims and the conflicts of exclusive relationships. A
 * failed check writes nothing. Each statement is planned and cached on its own, and a write sends only those it
 * needs; one statement doing all of it took a second or more to plan on a loaded machine (docs/performance.md,
 * "Writes").
 *
 * <p>Everything is MERGEd on stable ids, so repeating a write changes nothing: a claim's id is built from what it
 * states and the source key, as in the seed files ({@code claim:<subject>.<property>@<source>},
 * {@code claim:<from>-<TYPE>-><to>@<source>}). Labels and relationship types come from Java enums, never from text.
 *
 * <p>Writers of one node take turns: the node statement's SET locks the node until commit, so the value claims, the
 * rule and the conflicts of a write see every earlier write of that node. A relationship write locks the end node
 * first when its type is exclusive (then the start node), so two writers naming two operators of one facility take
 * turns too and the second finds the first's claim.
 */
final class Write {

    static final String TRANSACTION = "contribution.write";

    static final Cypher.Query CHECK = new Cypher.Query("contribution.check", """
            OPTIONAL MATCH (existingSource:Source {id: $evidence.sourceId})
            OPTIONAL MATCH (existing:Entity {id: $entityId})
            RETURN [c IN $checks WHERE NOT EXISTS {
                       MATCH (x:Entity {id: c.id}) WHERE any(l IN labels(x) WHERE l IN c.labels)
                     } | c.field + ': there is no ' + c.expected + ' with id "' + c.id + '"']
                   + CASE WHEN existingSource IS NULL AND $evidence.newSource IS NULL
                          THEN ['evidence.sourceId: there is no source with id "' + $evidence.sourceId
                                + '"; describe it in evidence.newSource to add it'] ELSE [] END
                   + CASE WHEN existing IS NOT NULL AND NOT $entityLabel IN labels(existing)
                          THEN ['input.id: "' + $entityId + '" is already a '
                                + [l IN labels(existing) WHERE l <> 'Entity'][0]] ELSE [] END AS problems,
                   existing IS NULL AS created
            """);

    static final Cypher.Query SOURCE = new Cypher.Query("contribution.source", """
            MERGE (s:Entity {id: $evidence.sourceId})
              ON CREATE SET s:Source, s += $evidence.newSource, s.recordedBy = $user, s.recordedAt = datetime()
            """);

    static final Cypher.Query NODE = new Cypher.Query("contribution.node", """
            MERGE (n:Entity {id: $entityId})
              ON CREATE SET n.createdBy = $user, n.createdAt = datetime()
            SET n:$($entityLabel), n += $entity.properties
            """);

    /**
     * History, never overwrite: the same value from the same source is the same claim; a changed value is a new claim
     * (id suffixed ~2, ~3, ...) and the source's earlier claim becomes Superseded. One row per value, in order.
     */
    static final Cypher.Query VALUE_CLAIMS = new Cypher.Query("contribution.valueClaims", """
            MATCH (s:Source {id: $evidence.sourceId})
            MATCH (n:Entity {id: $entityId})
            UNWIND $entity.values AS v
            OPTIONAL CALL (s, n, v) {
              MATCH (n)<-[:ABOUT]-(cur:Claim)-[:STATED_IN]->(s)
              WHERE cur.property = v.property AND cur.status = $status.active
              RETURN cur ORDER BY cur.recordedAt DESC LIMIT 1
            }
            WITH s, n, v, cur, 'claim:' + n.id + '.' + v.property + '@' + substring(s.id, 7) AS base,
                 COUNT { MATCH (n)<-[:ABOUT]-(x:Claim)-[:STATED_IN]->(s) WHERE x.property = v.property } AS versions
            WITH s, n, v, cur, base, versions,
                 cur IS NOT NULL AND CASE WHEN v.numeric THEN coalesce(toFloat(cur.value) = toFloat(v.value), cur.value = v.value)
                                          ELSE cur.value = v.value END AS same
            WITH s, n, v, cur, CASE WHEN same THEN cur.id WHEN versions = 0 THEN base ELSE base + '~' + (versions + 1) END AS claimId
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
            WITH v, c, cur
            CALL (c, cur) {
              WITH c, cur WHERE cur IS NOT NULL AND cur.id <> c.id
              SET cur.status = $status.superseded, cur.supersededBy = c.id, cur.supersededAt = datetime(),
                  cur.supersededByUser = $user
            }
            RETURN v.property AS property, c.id AS claim
            """);

    /**
     * The value rule (docs/data.md): of the active claims about a property, an editor's preferred one, then the most
     * confident, then the latest assertion (then the latest recorded) gives the node its value.
     */
    static final Cypher.Query VALUE_RULE = new Cypher.Query("contribution.valueRule", """
            MATCH (n:Entity {id: $entityId})
            CALL (n) {
              UNWIND $entity.values AS v
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
              // A date the write gives (a full date) is the node's date: to the day, as the source states it.
              WITH n, v, w WHERE v.type = 'DATE' AND w.value = v.value
              SET n[v.property + 'Precision'] = $dated.precision, n[v.property + 'Basis'] = $dated.basis
            }
            RETURN n
            """);

    static final Cypher.Query VALUE_CONFLICTS = new Cypher.Query("contribution.valueConflicts", Conflicts.VALUES);


    static final Cypher.Query LINKS = new Cypher.Query("contribution.links", """
            MATCH (s:Source {id: $evidence.sourceId})
            UNWIND $links AS link
            MATCH (a:Entity {id: link.from})
            MATCH (b:Entity {id: link.to})
            // Any write takes the node's exclusive lock: concurrent writers of a's relationships queue here, so the
            // MERGE below cannot duplicate a relationship and no appended source is lost. An exclusive type locks its
            // end node first: writers of that node's start nodes (two operators of one facility) take turns.
            CALL (b, link) { WITH b, link WHERE link.exclusive REMOVE b.writeLock }
            REMOVE a.writeLock
            MERGE (a)-[r:$(link.type)]->(b)
            WITH s, a, r, link, 'claim:' + link.from + '-' + link.type + '->' + link.to + '@' + substring(s.id, 7) AS claimId
            SET r += link.properties,
                r.sources = CASE WHEN s.id IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + s.id END,
                r.claims = CASE WHEN claimId IN coalesce(r.claims, []) THEN r.claims ELSE coalesce(r.claims, []) + claimId END
            MERGE (c:Entity {id: claimId})
              ON CREATE SET c:Claim, c.status = $status.active, c.recordedBy = $user, c.recordedAt = datetime()
            SET c.predicate = link.type, c.subjectId = link.from, c.objectId = link.to,
                c.validFrom = link.properties.validFrom, c.validTo = link.properties.validTo,
                c.evidenceKind = $evidence.kind, c.quote = $evidence.quote,
                c.paraphrase = $evidence.paraphrase, c.paraphrasedBy = $evidence.paraphrasedBy,
                c.recordDataset = $evidence.recordDataset, c.recordRelease = $evidence.recordRelease,
                c.recordKey = $evidence.recordKey, c.assertedPrecision = $evidence.precision,
                c.assertedBasis = $evidence.basis, c.assertedOn = $evidence.assertedOn, c.confidence = $evidence.confidence
            MERGE (c)-[st:STATED_IN]->(s) SET st.sources = [s.id]
            MERGE (c)-[ab:ABOUT]->(a) SET ab.sources = [s.id]
            RETURN c.id AS claim
            """);

    static final Cypher.Query LINK_CONFLICTS = new Cypher.Query("contribution.linkConflicts", Conflicts.EXCLUSIVE_RELATIONSHIPS);


    /** What a write did: the problems that stopped it (nothing written), or the node, whether it is new, the claims. */
    record Written(List<String> problems, Value node, boolean created, List<String> claims) {
    }

    private final NodeKind kind;
    private final Map<String, Object> entity;
    private final List<Map<String, Object>> links = new ArrayList<>();
    private final List<Map<String, Object>> checks = new ArrayList<>();

    private Write(NodeKind kind, Map<String, Object> entity) {
        this.kind = kind;
        this.entity = entity;
    }

    /** A write of one node of {@code kind}: its given properties, each also stated as a value claim. */
    static Write node(NodeKind kind, String id, Map<String, Object> properties) {
        var given = new LinkedHashMap<String, Object>();
        properties.forEach((k, v) -> {
            if (v != null) {
                given.put(k, v);
            }
        });
        var values = given.entrySet().stream()
                .filter(e -> !e.getKey().equals("aliasText"))
                .map(e -> {
                    var type = kind.property(e.getKey()).map(Property::type).orElse(Property.ValueType.TEXT);
                    return Map.<String, Object>of("property", e.getKey(), "value", String.valueOf(e.getValue()),
                            "given", e.getValue(), "type", type.name(),
                            "numeric", type == Property.ValueType.INTEGER || type == Property.ValueType.NUMBER);
                })
                .toList();
        var entity = new HashMap<String, Object>();
        entity.put("id", id);
        entity.put("label", kind.label());
        entity.put("properties", given);
        entity.put("values", values);
        return new Write(kind, entity);
    }

    /** A write of relationships only, between nodes that must exist. */
    static Write relationships() {
        return new Write(null, null);
    }

    /** Adds a relationship; {@code properties} with null values are left out. */
    Write link(String from, RelationshipType type, String to, Map<String, Object> properties) {
        var given = new HashMap<String, Object>();
        properties.forEach((k, v) -> {
            if (v != null) {
                given.put(k, v);
            }
        });
        links.add(Map.of("from", from, "type", type.type(), "to", to, "properties", given, "exclusive", type.exclusive()));
        return this;
    }

    /** The statement refuses the write unless a node with this id and one of these labels exists. */
    Write mustExist(String field, String id, List<String> labels) {
        checks.add(Map.of("field", field, "id", id, "labels", labels,
                "expected", String.join(" or ", labels.stream().map(String::toLowerCase).toList())));
        return this;
    }

    /** Runs the write's statements in one transaction; statements with nothing to do are not sent. */
    Written run(Cypher cypher, Map<String, Object> evidence, String user) {
        var parameters = parameters(evidence, user);
        return cypher.writeTransaction(TRANSACTION, tx -> {
            var check = tx.run(CHECK, parameters).get(0);
            var problems = check.get("problems").asList(Value::asString);
            if (!problems.isEmpty()) {
                return new Written(problems, null, false, List.of());
            }
            tx.run(SOURCE, parameters);
            var claims = new ArrayList<String>();
            Value node = null;
            if (entity != null) {
                tx.run(NODE, parameters);
                var valueClaims = new LinkedHashMap<String, String>();
                tx.run(VALUE_CLAIMS, parameters).forEach(r -> valueClaims.put(r.get("property").asString(), r.get("claim").asString()));
                claims.addAll(valueClaims.values());
                node = tx.run(VALUE_RULE, parameters).get(0).get("n");
                tx.run(VALUE_CONFLICTS, withCompared(parameters, valueClaims));
            }
            if (!links.isEmpty()) {
                claims.addAll(tx.run(LINKS, parameters).stream().map(r -> r.get("claim").asString()).toList());
                var sourceKey = ((String) evidence.get("sourceId")).substring("source:".length());
                var exclusive = links.stream().filter(link -> (Boolean) link.get("exclusive"))
                        .map(link -> "claim:" + link.get("from") + "-" + link.get("type") + "->" + link.get("to") + "@" + sourceKey)
                        .toList();
                if (!exclusive.isEmpty()) {
                    var more = new HashMap<>(parameters);
                    more.put("exclusiveClaims", exclusive);
                    tx.run(LINK_CONFLICTS, more);
                }
            }
            return new Written(List.of(), node, check.get("created").asBoolean(), List.copyOf(claims));
        });
    }

    /** The value claims to compare with other sources' (lists, such as aliases, are added to, not compared). */
    @SuppressWarnings("unchecked")
    Map<String, Object> withCompared(Map<String, Object> parameters, Map<String, String> valueClaims) {
        var compared = new ArrayList<Map<String, Object>>();
        for (var v : (List<Map<String, Object>>) entity.get("values")) {
            var property = (String) v.get("property");
            var row = valueClaims.containsKey(property) ? Conflicts.compared(kind, property, valueClaims.get(property)) : null;
            if (row != null) {
                compared.add(row);
            }
        }
        var more = new HashMap<>(parameters);
        more.put("compared", compared);
        return more;
    }

    Map<String, Object> parameters(Map<String, Object> evidence, String user) {
        var parameters = new HashMap<String, Object>(Conflicts.parameters(user));
        parameters.put("entity", entity);
        parameters.put("entityId", entity == null ? null : entity.get("id"));
        parameters.put("entityLabel", entity == null ? null : entity.get("label"));
        parameters.put("links", links);
        parameters.put("checks", checks);
        parameters.put("evidence", evidence);
        parameters.put("rank", Confidence.ranks());
        parameters.put("dated", Map.of("precision", DatePrecision.Day.stored(), "basis", DateBasis.Stated.stored()));
        return parameters;
    }
}

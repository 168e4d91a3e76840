package org.batterygraph.dataset;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.batterygraph.model.ClaimStatus;
import org.batterygraph.model.Confidence;
import org.batterygraph.model.DateBasis;
import org.batterygraph.model.DatePrecision;
import org.batterygraph.model.EvidenceKind;

/**
 * Record claims: the evidence of an imported value is one row of a dataset (its dataset, release and the row's key,
 * e.g. {@code unique_id=M.B.Ultium_OH_0} or {@code mcs2023-lithi_world.csv line 4, Prod_t_est_2022}). Ids follow
 * the seed's convention (docs/data.md): {@code claim:<about>.<property>@<source key>} and
 * {@code claim:<from>-<TYPE>-><to>@<source key>}, so an import and a rerun name the same claim.
 */
public record Claims(String sourceId, String dataset, String release, LocalDate assertedOn, DatePrecision precision,
        Confidence confidence) {

    /** The part of the source id after {@code source:}. */
    public String sourceKey() {
        return sourceId.substring(sourceId.indexOf(':') + 1);
    }

    /** A claim that {@code about}'s {@code property} is {@code value}: {id, about, props}. */
    public Map<String, Object> value(String about, String property, Object value, String recordKey) {
        var props = common(recordKey);
        props.put("predicate", "HAS_VALUE");
        props.put("subjectId", about);
        props.put("property", property);
        props.put("value", String.valueOf(value));
        var claim = new LinkedHashMap<String, Object>();
        claim.put("id", "claim:" + about + "." + property + "@" + sourceKey());
        claim.put("about", about);
        claim.put("props", props);
        return claim;
    }

    /** A claim of the relationship {@code from -[type]-> to}: {id, props}. */
    public Map<String, Object> relationship(String from, String type, String to, String recordKey) {
        var props = common(recordKey);
        props.put("predicate", type);
        props.put("subjectId", from);
        props.put("objectId", to);
        var claim = new LinkedHashMap<String, Object>();
        claim.put("id", "claim:" + from + "-" + type + "->" + to + "@" + sourceKey());
        claim.put("props", props);
        return claim;
    }

    private Map<String, Object> common(String recordKey) {
        var props = new LinkedHashMap<String, Object>();
        props.put("evidenceKind", EvidenceKind.Record.stored());
        props.put("recordDataset", dataset);
        props.put("recordRelease", release);
        props.put("recordKey", recordKey);
        props.put("assertedOn", assertedOn);
        props.put("assertedPrecision", precision.stored());
        props.put("assertedBasis", DateBasis.Stated.stored());
        props.put("confidence", confidence.stored());
        props.put("status", ClaimStatus.Active.stored());
        return props;
    }
}

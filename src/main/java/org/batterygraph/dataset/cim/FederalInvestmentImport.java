package org.batterygraph.dataset.cim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.batterygraph.dataset.Claims;
import org.batterygraph.dataset.DatasetFile;
import org.batterygraph.dataset.FileOutcome;
import org.batterygraph.dataset.FileRefusedException;
import org.batterygraph.dataset.ImportListener;
import org.batterygraph.dataset.Names;
import org.batterygraph.dataset.RowProblem;
import org.batterygraph.dataset.RowRejected;
import org.batterygraph.dataset.Statements;
import org.batterygraph.model.Confidence;
import org.batterygraph.model.DatePrecision;
import org.batterygraph.model.NodeKind;
import org.batterygraph.model.RelationshipType;

/**
 * The Clean Investment Monitor's federal investment by category and quarter (docs/import.md, "Federal investment by
 * category"): one InvestmentStat per row (million 2023 US dollars, the release as its edition), each a Record claim
 * citing the release and the row. No category is one policy: each groups several tax-credit sections or programmes
 * (README_CIM.txt), so no policy is created; a category's figures COVER the graph's policies the README names in
 * it (Advanced Manufacturing Tax Credits: 45X and 48C; Emerging Climate Technology Tax Credits: 48C), each link a
 * claim citing that README line. The figures stay the category's, never a policy's alone.
 */
public final class FederalInvestmentImport {

    static final List<String> REQUIRED = List.of("Segment", "Category", "quarter", "Total Federal Investment");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    /** The policies of the graph README_CIM.txt names in a category (its line 250-256), with the line. */
    private static final Map<String, List<String>> COVERS = Map.of(
            "Advanced Manufacturing Tax Credits", List.of("policy:ira-45x", "policy:ira-48c"),
            "Emerging Climate Technology Tax Credits", List.of("policy:ira-48c"));
    private static final Map<String, String> COVERS_LINE = Map.of(
            "Advanced Manufacturing Tax Credits", "README_CIM.txt line 253 (\"Advanced Manufacturing Tax Credits\" including 45X, 48C and 48D)",
            "Emerging Climate Technology Tax Credits", "README_CIM.txt line 252 (\"Emerging Climate Technology Tax Credits\" including 45V, 45Q, 48C, and 40B)");

    private final Statements statements;
    private final ImportListener listener;

    public FederalInvestmentImport(Statements statements, ImportListener listener) {
        this.statements = statements;
        this.listener = listener;
    }

    public static String id(String segment, String category, String quarter, String release) {
        return NodeKind.InvestmentStat.idPrefix() + ":" + Names.slug(category) + "-" + Names.slug(segment) + "-"
                + quarter.toLowerCase() + "-" + CimImport.sourceId(release).substring("source:".length());
    }

    public FileOutcome importFile(DatasetFile file) {
        return FileOutcome.of(CimImport.DATASET, file, listener, () -> {
            var rows = file.rows();
            var preamble = CimImport.Preamble.of(rows, REQUIRED.get(0));
            int headerAt = preamble.headerAt();
            var header = headerAt < 0 ? List.<String>of() : rows.get(headerAt).stripped();
            if (headerAt < 0 || !header.equals(REQUIRED)) {
                throw new FileRefusedException("%s is not a Clean Investment Monitor federal investment table: expected a header "
                        .formatted(file.name()) + "row with the columns " + String.join(", ", REQUIRED)
                        + " (after the title and version lines); found "
                        + (headerAt < 0 ? "none starting with Segment" : String.join(", ", header)));
            }
            var release = preamble.knownRelease(file.name());
            var data = rows.subList(headerAt + 1, rows.size());
            listener.started(CimImport.DATASET, file.name(), data.size());
            var asserted = CimImport.Preamble.published(release);
            var sourceId = CimImport.sourceId(release);
            var claims = new Claims(sourceId, CimImport.DATASET, release, asserted, DatePrecision.Day, Confidence.medium);
            var problems = new ArrayList<RowProblem>();
            var stats = new ArrayList<Map<String, Object>>();
            var seen = new HashSet<String>();
            long read = 0;
            for (var csv : data) {
                if (csv.blank()) {
                    continue;
                }
                read++;
                try {
                    var segment = csv.cell(0).strip();
                    var category = csv.cell(1).strip();
                    var quarter = csv.cell(2).strip();
                    var text = csv.cell(3).strip();
                    if (segment.isEmpty() || category.isEmpty()) {
                        throw new RowRejected("Segment and Category must not be empty");
                    }
                    var q = QUARTER.matcher(quarter);
                    if (!q.matches()) {
                        throw new RowRejected("quarter: '" + quarter + "' is not YYYY-Qn");
                    }
                    double value;
                    try {
                        value = Double.parseDouble(text);
                    } catch (NumberFormatException e) {
                        throw new RowRejected("Total Federal Investment: '" + text + "' is not a number");
                    }
                    var id = id(segment, category, quarter, release);
                    if (!seen.add(id)) {
                        throw new RowRejected(segment + ", " + category + ", " + quarter + " appears twice");
                    }
                    var key = file.name() + " line " + csv.line();
                    var row = new LinkedHashMap<String, Object>();
                    row.put("id", id);
                    row.put("name", category + " (" + segment + "), " + quarter);
                    row.put("segment", segment);
                    row.put("category", category);
                    row.put("quarter", quarter);
                    row.put("year", Integer.parseInt(q.group(1)));
                    row.put("value", value);
                    row.put("unit", "M USD (2023)");
                    row.put("edition", release);
                    row.put("claim", claims.value(id, "value", text, key));
                    var covers = new ArrayList<Map<String, Object>>();
                    for (var policy : COVERS.getOrDefault(category, List.of())) {
                        covers.add(Map.of("policy", policy, "claim", claims.relationship(id,
                                RelationshipType.COVERS.type(), policy, COVERS_LINE.get(category))));
                    }
                    row.put("covers", covers);
                    stats.add(row);
                } catch (RowRejected e) {
                    problems.add(new RowProblem(file.name(), csv.line(), e.getMessage()));
                }
                listener.progressed(file.name(), read);
            }
            var created = stats.isEmpty() ? new Statements.Created(0, 0) : statements.inOneTransaction(List.of(
                    new Statements.Write("source", Map.of("source", CimImport.source(release, asserted, sourceId))),
                    new Statements.Write("investment-stats", Map.of("rows", stats, "sourceId", sourceId))));
            return new FileOutcome.Read(read, stats.size(), 0, problems, created);
        });
    }
}

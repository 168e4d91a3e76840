package org.batterygraph.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What entity resolution decided for each imported record (docs/import.md, "Entity resolution"): matched to a node
 * the graph held (its claims go onto that node), created (no candidate), possibly the same as a candidate (created,
 * linked by POSSIBLY_SAME_AS, below the threshold), ambiguous (created and linked: several candidates, or another
 * record matched its candidate better), rejected (the row's reason), or a duplicate (a row repeating an earlier row
 * cell for cell: loaded once). Written as a Markdown file by the import, a section per dataset.
 */
public final class ResolutionReport {

    public enum Outcome { MATCHED, CREATED, POSSIBLE, AMBIGUOUS, REJECTED, DUPLICATE }

    /** A candidate node with its score and how it was scored. */
    public record Candidate(String id, String name, double score, String method) {
    }

    public record Entry(String dataset, String record, String kind, Outcome outcome, String node, String name,
            List<Candidate> candidates, String reason) {

        public Entry {
            candidates = List.copyOf(candidates);
        }
    }

    /** A conflict of a dataset claim with another source's claim, found by the API's rules (contribution/Conflicts). */
    public record Conflict(String kind, String subject, String claim, String counterClaim, String reason,
            String recordKey) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final List<Conflict> conflicts = new ArrayList<>();

    public synchronized void add(Entry entry) {
        entries.add(entry);
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The dataset claims' conflicts after the import (the whole list: a rerun finds it again, adds none). */
    public synchronized void conflicts(List<Conflict> found) {
        conflicts.clear();
        conflicts.addAll(found);
    }

    public synchronized List<Conflict> conflicts() {
        return List.copyOf(conflicts);
    }

    public long count(Outcome outcome) {
        return entries().stream().filter(e -> e.outcome() == outcome).count();
    }

    /**
     * The report as Markdown: the counts per dataset, then per dataset (in import order) every entry by outcome,
     * kind and record.
     */
    public String markdown() {
        var all = entries();
        var datasets = new java.util.LinkedHashSet<String>();
        all.forEach(e -> datasets.add(e.dataset()));
        var out = new StringBuilder("# Entity resolution report\n\n");
        out.append("Written by the dataset import (docs/import.md, \"Entity resolution\"); the same on every rerun.\n\n");
        out.append("| outcome |");
        datasets.forEach(d -> out.append(' ').append(d).append(" |"));
        out.append("\n|---|").append("---:|".repeat(datasets.size())).append('\n');
        for (var outcome : Outcome.values()) {
            out.append("| ").append(outcome.name().toLowerCase()).append(" |");
            for (var dataset : datasets) {
                out.append(' ').append(all.stream().filter(e -> e.dataset().equals(dataset) && e.outcome() == outcome).count())
                        .append(" |");
            }
            out.append('\n');
        }
        for (var dataset : datasets) {
            out.append("\n## ").append(dataset).append('\n');
            var sorted = new ArrayList<>(all.stream().filter(e -> e.dataset().equals(dataset)).toList());
            sorted.sort(Comparator.comparing(Entry::outcome).thenComparing(Entry::kind).thenComparing(Entry::record));
            for (var outcome : Outcome.values()) {
                var of = sorted.stream().filter(e -> e.outcome() == outcome).toList();
                if (of.isEmpty()) {
                    continue;
                }
                out.append("\n### ").append(outcome.name().toLowerCase()).append("\n\n");
                out.append("| kind | record | node | candidates (score, method) | reason |\n|---|---|---|---|---|\n");
                for (var e : of) {
                    var candidates = new ArrayList<String>();
                    for (var c : e.candidates()) {
                        candidates.add("`%s` %s (%.2f: %s)".formatted(c.id(), c.name(), c.score(), c.method()));
                    }
                    out.append("| ").append(e.kind()).append(" | ").append(e.record()).append(" | ")
                            .append(e.node() == null ? "" : "`" + e.node() + "` " + e.name()).append(" | ")
                            .append(String.join("<br>", candidates)).append(" | ")
                            .append(e.reason() == null ? "" : e.reason().replace("|", "\\|")).append(" |\n");
                }
            }
        }
        var found = conflicts();
        out.append("\n## conflicts with other sources\n\n");
        out.append("Claims of the datasets that contradict another source's active claim, by the rules of the API's writes ")
                .append("(docs/import.md, \"Conflicts with curated claims\"): ").append(found.size()).append(".\n");
        if (!found.isEmpty()) {
            out.append("\n| kind | subject | dataset claim (row) | other claim | reason |\n|---|---|---|---|---|\n");
            for (var c : found) {
                out.append("| ").append(c.kind()).append(" | `").append(c.subject()).append("` | `").append(c.claim())
                        .append("` (").append(c.recordKey() == null ? "" : c.recordKey()).append(") | `")
                        .append(c.counterClaim()).append("` | ").append(c.reason().replace("|", "\\|").replace("\n", "<br>")).append(" |\n");
            }
        }
        return out.toString();
    }
}

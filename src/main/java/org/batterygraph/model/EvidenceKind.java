package org.batterygraph.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("EvidenceKind")
@Description("""
        What a claim's evidence is: Quote, the source's own words, verbatim (`quote`); Paraphrase, an editor's \
        summary of what the source says, labelled with who wrote it (`paraphrase`, `paraphrasedBy`); Record, a row \
        of a dataset (`recordDataset`, `recordRelease`, `recordKey`).""")
public enum EvidenceKind implements Term {
    Quote, Paraphrase, Record
}

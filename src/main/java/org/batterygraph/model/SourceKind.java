package org.batterygraph.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("SourceKind")
@Description("What kind of source it is.")
public enum SourceKind implements Term {
    SeedArticle, News, Government, Reference, Dataset, Web
}

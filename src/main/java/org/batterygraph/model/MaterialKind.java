package org.batterygraph.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("MaterialKind")
@Description("A mineral, an intermediate product or a component.")
public enum MaterialKind implements Term {
    Mineral, Intermediate, Component
}

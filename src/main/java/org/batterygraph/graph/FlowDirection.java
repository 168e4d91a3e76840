package org.batterygraph.graph;

public enum FlowDirection {
    UPSTREAM, DOWNSTREAM
}

package org.batterygraph.dataset.usgs;

import java.util.Arrays;
import java.util.Optional;

/** The five minerals of the USGS files, by the commodity code in their file names (mcs2023-lithi_world.csv). */
enum Mineral {
    COBALT("cobal", "material:cobalt", "Cobalt", " Co"),
    GRAPHITE("graph", "material:graphite", "Graphite (Natural)", ""),
    LITHIUM("lithi", "material:lithium", "Lithium", " Li"),
    MANGANESE("manga", "material:manganese", "Manganese", " Mn"),
    NICKEL("nicke", "material:nickel", "Nickel", " Ni");

    final String code;
    final String material;
    /** As the salient tables' Commodity column spells it. */
    final String commodity;
    /** What the world tables' units count, appended to t or kt as the MCS 2026 figures already do (t Li, kt Mn). */
    final String content;

    Mineral(String code, String material, String commodity, String content) {
        this.code = code;
        this.material = material;
        this.commodity = commodity;
        this.content = content;
    }

    static Optional<Mineral> ofCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
    }

    /** The material id without its prefix, as statistic ids use it (stat:lithium-...). */
    String slug() {
        return material.substring(material.indexOf(':') + 1);
    }
}

package org.batterygraph.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("StatQualifier")
@Description("""
        Why a statistic has no exact value: the source withheld it (USGS `W`, to avoid disclosing company data), \
        does not have it (`NA`), counts it only in the world total (`Included in World total.`), or gives only a bound \
        (`>50`, `<25`, "Less than ½ unit": in `bound`). A qualified statistic never has a `value`; `reported` keeps the cell \
        as printed.""")
public enum StatQualifier implements Term {
    Withheld, NotAvailable, InWorldTotal, LowerBound, UpperBound
}

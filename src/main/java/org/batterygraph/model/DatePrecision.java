package org.batterygraph.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("DatePrecision")
@Description("How much of a date is known: the day, only the month (stored as its 1st), or only the year (stored as 1 January).")
public enum DatePrecision implements Term {
    Day, Month, Year
}

package org.batterygraph.dataset;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country names as the datasets spell them, to ISO 3166-1 codes (the graph's ids are {@code country:<alpha-2>}).
 * A name not listed here rejects its row, so a new spelling in a next release is noticed, not guessed.
 */
public final class Countries {

    /** A country: its id, the name the graph gives it when it creates it, and its codes. */
    public record Country(String id, String name, String iso2, String iso3) {

        public Map<String, Object> asRow() {
            return Map.of("id", id, "name", name, "iso2", iso2, "iso3", iso3);
        }
    }

    private static final Map<String, Country> BY_NAME = new HashMap<>();

    private static void add(String iso2, String iso3, String name, String... spellings) {
        var country = new Country("country:" + iso2, name, iso2, iso3);
        BY_NAME.put(key(name), country);
        for (var spelling : spellings) {
            BY_NAME.put(key(spelling), country);
        }
    }

    static {
        add("AF", "AFG", "Afghanistan");
        add("AR", "ARG", "Argentina");
        add("AU", "AUS", "Australia");
        add("AT", "AUT", "Austria");
        add("BO", "BOL", "Bolivia");
        add("BR", "BRA", "Brazil");
        add("MM", "MMR", "Myanmar", "Burma");
        add("CA", "CAN", "Canada");
        add("CL", "CHL", "Chile");
        add("CN", "CHN", "China");
        add("CD", "COD", "Democratic Republic of the Congo", "Congo (Kinshasa)", "DR Congo");
        add("CU", "CUB", "Cuba");
        add("CI", "CIV", "Côte d’Ivoire", "Cote d'Ivoire");
        add("CZ", "CZE", "Czechia", "Czech Republic");
        add("ET", "ETH", "Ethiopia");
        add("FI", "FIN", "Finland");
        add("FR", "FRA", "France");
        add("GA", "GAB", "Gabon");
        add("GE", "GEO", "Georgia");
        add("DE", "DEU", "Germany");
        add("GH", "GHA", "Ghana");
        add("IN", "IND", "India");
        add("ID", "IDN", "Indonesia");
        add("KZ", "KAZ", "Kazakhstan");
        add("KP", "PRK", "North Korea", "Korea, North");
        add("KR", "KOR", "South Korea", "Korea, Republic of");
        add("MG", "MDG", "Madagascar");
        add("MY", "MYS", "Malaysia");
        add("ML", "MLI", "Mali");
        add("MX", "MEX", "Mexico");
        add("MA", "MAR", "Morocco");
        add("MZ", "MOZ", "Mozambique");
        add("NA", "NAM", "Namibia");
        add("NC", "NCL", "New Caledonia", "New Caledonia (overseas territory of France)");
        add("NO", "NOR", "Norway");
        add("PG", "PNG", "Papua New Guinea");
        add("PE", "PER", "Peru");
        add("PH", "PHL", "Philippines");
        add("PT", "PRT", "Portugal");
        add("RU", "RUS", "Russia");
        add("RS", "SRB", "Serbia");
        add("ZA", "ZAF", "South Africa");
        add("ES", "ESP", "Spain");
        add("LK", "LKA", "Sri Lanka");
        add("TZ", "TZA", "Tanzania");
        add("TR", "TUR", "Turkey");
        add("UA", "UKR", "Ukraine");
        add("GB", "GBR", "United Kingdom");
        add("US", "USA", "United States");
        add("UZ", "UZB", "Uzbekistan");
        add("VN", "VNM", "Vietnam");
        add("ZW", "ZWE", "Zimbabwe");
    }

    private Countries() {
    }

    /** The country a dataset's name means, if known. */
    public static Optional<Country> named(String name) {
        return Optional.ofNullable(BY_NAME.get(key(name)));
    }

    /** Case, accents, no-break spaces and apostrophe styles do not matter. */
    static String key(String name) {
        var plain = Normalizer.normalize(name.replace('\u00a0', ' ').replace('’', '\''), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

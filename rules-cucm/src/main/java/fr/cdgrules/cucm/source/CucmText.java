package fr.cdgrules.cucm.source;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.module.SourceText;
import fr.cdgrules.core.territory.Territory;
import fr.cdgrules.cucm.CucmArticles;
import fr.cdgrules.cucm.CucmDescriptor;
import fr.cdgrules.cucm.convention.FrameworkPeriod;
import java.time.LocalDate;

/**
 * The source text of the CUCM module (seed 003) and the articles the rules cite: aliases kept for
 * callers. The articles are {@link CucmArticles}; the text, its wording and the figures are in the
 * descriptor ({@link CucmDescriptor#bundled()}).
 *
 * @deprecated use {@link CucmArticles} for the articles and {@link CucmDescriptor#bundled()} for the
 *     text, the territory and the terms
 */
@Deprecated
public final class CucmText {
    private CucmText() {}

    /** The document id of the seed, used in every citation. @deprecated use {@link CucmArticles#DOCUMENT} */
    @Deprecated
    public static final String DOCUMENT = CucmArticles.DOCUMENT;

    /** The seed file. @deprecated read {@code CucmDescriptor.bundled().sources()} */
    @Deprecated
    public static final String FILE = sourceText().file();

    /** The issuing body. @deprecated read {@code CucmDescriptor.bundled().body()} */
    @Deprecated
    public static final String ISSUING_BODY = CucmDescriptor.bundled().body();

    /**
     * The SIREN of the CUCM, an EPCI à fiscalité propre (communauté urbaine); the descriptor's
     * {@code territory.epci} is authoritative (a test checks they agree).
     *
     * @deprecated read {@code CucmDescriptor.bundled().territory()}
     */
    @Deprecated
    public static final String EPCI_SIREN = "247100290";

    /**
     * The decision that set the tariff versions (the deliberation of 30 June 2022), as the descriptor's
     * first version of the scale names it, without its quotation.
     *
     * @deprecated read the decision of a parameter version in the descriptor
     */
    @Deprecated
    public static final String COUNCIL_DELIBERATION = councilDeliberation();

    /** @deprecated use {@link CucmArticles#ART_1} */
    @Deprecated
    public static final Citation ART_1 = CucmArticles.ART_1;
    /** @deprecated use {@link CucmArticles#ART_3} */
    @Deprecated
    public static final Citation ART_3 = CucmArticles.ART_3;
    /** @deprecated use {@link CucmArticles#ART_4} */
    @Deprecated
    public static final Citation ART_4 = CucmArticles.ART_4;
    /** @deprecated use {@link CucmArticles#ART_5} */
    @Deprecated
    public static final Citation ART_5 = CucmArticles.ART_5;
    /** @deprecated use {@link CucmArticles#ART_6} */
    @Deprecated
    public static final Citation ART_6 = CucmArticles.ART_6;
    /** @deprecated use {@link CucmArticles#ART_8} */
    @Deprecated
    public static final Citation ART_8 = CucmArticles.ART_8;
    /** @deprecated use {@link CucmArticles#ART_9} */
    @Deprecated
    public static final Citation ART_9 = CucmArticles.ART_9;
    /** @deprecated use {@link CucmArticles#ART_10} */
    @Deprecated
    public static final Citation ART_10 = CucmArticles.ART_10;
    /** @deprecated use {@link CucmArticles#ART_12} */
    @Deprecated
    public static final Citation ART_12 = CucmArticles.ART_12;
    /** @deprecated use {@link CucmArticles#DELIBERATION} */
    @Deprecated
    public static final Citation DELIBERATION = CucmArticles.DELIBERATION;
    /** @deprecated use {@link CucmArticles#ANNEX_1} */
    @Deprecated
    public static final Citation ANNEX_1 = CucmArticles.ANNEX_1;
    /** @deprecated use {@link CucmArticles#ANNEX_2_SCALE} */
    @Deprecated
    public static final Citation ANNEX_2_SCALE = CucmArticles.ANNEX_2_SCALE;
    /** @deprecated use {@link CucmArticles#CONTRACT_ART_1} */
    @Deprecated
    public static final Citation CONTRACT_ART_1 = CucmArticles.CONTRACT_ART_1;
    /** @deprecated use {@link CucmArticles#CONTRACT_ART_2} */
    @Deprecated
    public static final Citation CONTRACT_ART_2 = CucmArticles.CONTRACT_ART_2;
    /** @deprecated use {@link CucmArticles#CONTRACT_ART_4} */
    @Deprecated
    public static final Citation CONTRACT_ART_4 = CucmArticles.CONTRACT_ART_4;

    /**
     * First day of the framework convention (art. 9, {@code terms.start} of the descriptor).
     *
     * @deprecated use {@link FrameworkPeriod#start()}
     */
    @Deprecated
    public static final LocalDate CONVENTION_START = FrameworkPeriod.initial().start();

    /**
     * Last day of the framework convention as the text sets it (art. 9: start + 2 years − 1 day). The end in
     * force is {@link FrameworkPeriod#lastDay()}, which a reconduction moves.
     *
     * @deprecated use {@link FrameworkPeriod#lastDay()}
     */
    @Deprecated
    public static final LocalDate CONVENTION_LAST_DAY = FrameworkPeriod.initial().lastDay();

    /**
     * The territory served: the member communes of the CUCM (art. 3).
     *
     * @deprecated read {@code CucmDescriptor.bundled().territory()}
     */
    @Deprecated
    public static final Territory TERRITORY = CucmDescriptor.bundled().territory();

    /**
     * @return the source text implemented
     * @deprecated read {@code CucmDescriptor.bundled().sources()}
     */
    @Deprecated
    public static SourceText sourceText() {
        return CucmDescriptor.bundled().sources().get(0);
    }

    private static String councilDeliberation() {
        String d = CucmDescriptor.bundled().parameter("cotisation").versions().get(0).decision();
        int i = d.indexOf(" (");
        return i < 0 ? d : d.substring(0, i);
    }
}

package fr.cdgrules.cli;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.citation.Source;
import fr.cdgrules.core.explain.TraceStep;
import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.core.lifecycle.ConventionTerms;
import fr.cdgrules.core.lifecycle.RenewalPolicy;
import fr.cdgrules.core.lifecycle.TerminationRule;
import fr.cdgrules.core.membership.AnnualFeeRule;
import fr.cdgrules.core.module.AnnualFees;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.module.RuleModules;
import fr.cdgrules.core.module.SourceText;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.strata.StrataScale;
import fr.cdgrules.core.strata.Stratum;
import fr.cdgrules.core.territory.Territory;
import fr.cdgrules.core.timeline.Timeline;
import fr.cdgrules.core.timeline.Version;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fake rule modules for the command-line tests, built on core's SPI only (the real modules are
 * written in parallel). Their figures mimic the texts but the tests pin only what the command line
 * does with them.
 *
 * <ul>
 *   <li>{@code fake79}: the Deux-Sèvres, the CDG79 2025 scale (tariff from 2025-01-01), two years
 *       renewable once tacitly with one month's notice.
 *   <li>{@code fakecu}: the members of EPCI 247100290, a scale buying prepaid hours (fee ÷ 30 €),
 *       tariff from 2022-07-01, fixed dates 2022-07-01 to 2024-06-30, termination in the general
 *       interest (reasons required) or for fault.
 *   <li>{@code fakenofee}: the Pas-de-Calais, no annual fee, five years renewable once expressly,
 *       termination on the first day of the next month.
 * </ul>
 */
public final class FakeModules {
    private FakeModules() {}

    /** @return the fake modules */
    public static RuleModules all() {
        return RuleModules.of(List.of(new Fake79(), new FakeCu(), new FakeNoFee(), new FakeTaaf()));
    }

    /** @return a module whose annual fee throws an unexpected exception (a bug) */
    public static RuleModules buggy() {
        return RuleModules.of(List.of(new Fake79() {
            @Override
            public String id() {
                return "buggy";
            }

            @Override
            public Optional<AnnualFees> annualFees() {
                return Optional.of((c, y) -> {
                    throw new IllegalStateException("boom\nsecond line");
                });
            }
        }));
    }

    /** A priced module serving the Terres australes (984), where the data gives no population. */
    public static final class FakeTaaf extends Fake79 {
        private static final Territory TAAF = Territory.departments("the TAAF (984)", c79("art. 1"), "984");

        @Override
        public String id() {
            return "faketaaf";
        }

        @Override
        public Territory territory() {
            return TAAF;
        }

        @Override
        public Optional<AnnualFees> annualFees() {
            return Optional.of(AnnualFeeRule.of("faketaaf", TAAF, Fake79.TARIFF, c79("art. 3.1"))::quote);
        }
    }

    static Citation c79(String article) {
        return Citation.of("000", article);
    }

    /** A CDG79-like module. */
    public static class Fake79 implements RuleModule {
        private static final Territory TERRITORY = Territory.departments("the Deux-Sèvres (79)", c79("art. 1"), "79");
        static final Timeline<StrataScale> TARIFF = Timeline.of("fake79.pack-adhesion",
                Version.of(LocalDate.of(2025, 1, 1), StrataScale.of(
                        Stratum.of(0, 499, "Communes de moins de 500 habitants", Money.ofEuros(100)),
                        Stratum.of(500, 999, "Communes de 500 à 999 habitants", Money.ofEuros(150)),
                        Stratum.of(1000, 2000, "Communes de 1 000 à 2 000 habitants", Money.ofEuros(200)),
                        Stratum.of(2001, 3499, "Communes de 2 001 à 3 500 habitants", Money.ofEuros(300))),
                        Source.of("délibération du conseil d'administration (fake)", c79("art. 3.1"))));
        private static final AnnualFeeRule RULE = AnnualFeeRule.of("fake79", TERRITORY, TARIFF, c79("art. 3.1"));

        @Override
        public String id() {
            return "fake79";
        }

        @Override
        public String issuingBody() {
            return "Fake centre de gestion des Deux-Sèvres";
        }

        @Override
        public List<SourceText> sources() {
            return List.of(SourceText.of("000", "000_fake.txt", "Convention d'adhésion (fake)"));
        }

        @Override
        public Territory territory() {
            return TERRITORY;
        }

        @Override
        public Optional<AnnualFees> annualFees() {
            return Optional.of(RULE::quote);
        }

        @Override
        public ConventionTerms conventionTerms() {
            return ConventionTerms.of(Period.ofYears(2), c79("art. 4"),
                    RenewalPolicy.tacit(1, Period.ofYears(2), Period.ofMonths(1), c79("art. 4")), List.of());
        }
    }

    /** A CUCM-like module: EPCI territory, prepaid hours, fixed dates, reasons required. */
    public static final class FakeCu implements RuleModule {
        static Citation c(String article) {
            return Citation.of("003", article);
        }

        private static final Territory TERRITORY = Territory.epciMembers("the members of the CU (247100290)",
                c("art. 1"), "247100290");
        private static final Timeline<StrataScale> TARIFF = Timeline.of("fakecu.cotisation",
                Version.of(LocalDate.of(2022, 7, 1), StrataScale.of(
                        Stratum.of(1, 999, "De 1 à 999 habitants", Money.ofEuros(210)),
                        Stratum.of(1000, 2499, "De 1000 à 2 499 habitants", Money.ofEuros(420)),
                        Stratum.openEnded(2500, "Au-delà de 2 500 habitants, \"fake\"", Money.ofEuros(630))),
                        Source.of("délibération du conseil communautaire du 30 juin 2022", c("annexe 2"))));
        private static final AnnualFeeRule RULE = AnnualFeeRule.of("fakecu", TERRITORY, TARIFF, c("art. 5"));

        @Override
        public String id() {
            return "fakecu";
        }

        @Override
        public String issuingBody() {
            return "Fake communauté urbaine";
        }

        @Override
        public List<SourceText> sources() {
            return List.of(SourceText.of("003", "003_fake.txt", "Convention cadre (fake)"));
        }

        @Override
        public Territory territory() {
            return TERRITORY;
        }

        @Override
        public Optional<AnnualFees> annualFees() {
            return Optional.of((c, y) -> {
                var q = RULE.quote(c, y);
                if (!q.eligible()) {
                    return q;
                }
                Hours h = q.annualFee().orElseThrow().dividedBy(Money.parse("31.50"));
                return q.withPrepaidHours(h, TraceStep.of("prepaid hours", c("art. 5"), Map.of("rate", "31.50"),
                        h + " h"));
            });
        }

        @Override
        public ConventionTerms conventionTerms() {
            return ConventionTerms.of(Period.ofYears(2), c("art. 9"), RenewalPolicy.none(c("art. 9")),
                    List.of(TerminationRule.generalInterest(c("art. 10")),
                            TerminationRule.forFault(Period.ofMonths(1), c("art. 10"))));
        }

        @Override
        public Convention convention(LocalDate start) {
            return Convention.of(conventionTerms(), LocalDate.of(2022, 7, 1));
        }
    }

    /** A module without annual fee. */
    public static final class FakeNoFee implements RuleModule {
        static Citation c(String article) {
            return Citation.of("004", article);
        }

        @Override
        public String id() {
            return "fakenofee";
        }

        @Override
        public String issuingBody() {
            return "Fake CDG62";
        }

        @Override
        public List<SourceText> sources() {
            return List.of(SourceText.of("004", "004_fake.txt", "Convention e-administration (fake)"));
        }

        @Override
        public Territory territory() {
            return Territory.departments("the Pas-de-Calais (62)", c("art. 1"), "62");
        }

        @Override
        public ConventionTerms conventionTerms() {
            return ConventionTerms.of(Period.ofYears(5), c("art. 2"),
                    RenewalPolicy.express(1, Period.ofYears(5), c("art. 2")),
                    List.of(TerminationRule.firstDayOfNextMonth(c("art. 6"))));
        }
    }
}

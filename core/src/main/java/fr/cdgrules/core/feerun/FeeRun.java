package fr.cdgrules.core.feerun;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.explain.TraceStep;
import fr.cdgrules.core.membership.AnnualFeeQuote;
import fr.cdgrules.core.module.AnnualFees;
import fr.cdgrules.core.module.FeeCollection;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.register.CheckedRegister;
import fr.cdgrules.core.register.Member;
import fr.cdgrules.core.register.RowProblem;
import fr.cdgrules.core.territory.Collectivity;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The fee run of one budget year under one module (émission des titres de recettes): one titre line
 * per member owing a fee that year, the members owing nothing with the reason, the rows of the
 * register set aside, totals per stratum and overall, and warnings (a population of another vintage
 * than the year).
 *
 * <p>A member owes the year's fee when it is a member on at least one day of the year (the fee is
 * annual and not prorated in the texts modelled: CDG79 art. 4 « quel que soit le mois
 * d'adhésion », CUCM art. 5 « tous les ans de façon forfaitaire quel que soit la date d'adhésion »).
 *
 * <p>Always: the total is the exact sum of the lines, each stratum total the sum of its lines, and
 * every member of the register appears exactly once, either billed or listed with its reason.
 */
public final class FeeRun {
    private final String module;
    private final Year year;
    private final List<TitreLine> lines;
    private final List<NoFee> noFee;
    private final List<RowProblem> registerProblems;
    private final List<String> warnings;

    private FeeRun(String module, Year year, List<TitreLine> lines, List<NoFee> noFee, List<RowProblem> registerProblems,
            List<String> warnings) {
        this.module = module;
        this.year = year;
        this.lines = lines;
        this.noFee = noFee;
        this.registerProblems = registerProblems;
        this.warnings = warnings;
    }

    /**
     * Runs the year's fees.
     *
     * @param register the register, checked against the module
     * @param module the rule module, priced
     * @param year the budget year
     * @param options issue date, receipt date, SIREN and supplied populations
     * @return the run
     * @throws InvalidInputException if the register was checked against another module, or the module sets no fee
     * @throws fr.cdgrules.core.error.NothingInForceException if no tariff is in force that year for a member
     * @throws fr.cdgrules.core.error.ConventionNotInForceException if the module refuses the year for a member
     * @throws NullPointerException if an argument is null, naming it
     */
    public static FeeRun of(CheckedRegister register, RuleModule module, Year year, FeeRunOptions options) {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(options, "options");
        if (!register.module().equals(module.id())) {
            throw new InvalidInputException("module", null, "the register was checked against " + register.module()
                    + ", not " + module.id());
        }
        AnnualFees fees = module.annualFees().orElseThrow(() -> new InvalidInputException("module", null,
                "the module " + module.id() + " sets no annual fee"));
        Optional<FeeCollection> collection = module.capability(FeeCollection.class);
        String object = collection.map(c -> c.titreObject(year)).orElse("Annual fee " + year + " (" + module.id() + ")");
        List<TitreLine> lines = new ArrayList<>();
        List<NoFee> none = new ArrayList<>();
        Set<String> warnings = new LinkedHashSet<>();
        for (Member m : register.members()) {
            Collectivity c = m.commune();
            int line = m.row().line();
            if (m.firstDay().isAfter(year.atMonth(12).atEndOfMonth())) {
                none.add(new NoFee(line, c.code(), c.name(), NoFeeReason.NOT_YET_JOINED, "member from " + m.firstDay()
                        + " (" + m.period() + ")", m.citations()));
                continue;
            }
            if (m.lastDay().isBefore(year.atDay(1))) {
                none.add(new NoFee(line, c.code(), c.name(), NoFeeReason.ENDED, "membership ended on " + m.lastDay()
                        + " (" + m.period() + ")", m.citations()));
                continue;
            }
            String source;
            if (m.row().population().isPresent()) {
                c = c.withPopulation(Population.of(m.row().population().getAsLong(), c.population().basis(), year));
                source = "register (population column, for " + year + ")";
            } else {
                Optional<Population> supplied = options.populations().apply(c.code());
                if (supplied.isPresent()) {
                    c = c.withPopulation(supplied.get());
                    source = "supplied, INSEE " + supplied.get().vintage();
                } else {
                    source = "INSEE " + c.population().vintage();
                }
                if (!c.population().vintage().equals(year)) {
                    warnings.add("populations of vintage " + c.population().vintage() + " used for " + year
                            + ": a fee for " + year + " should use the legal population in force in " + year
                            + " (supply it with a population column or a later vintage)");
                    source += " (not " + year + ")";
                }
            }
            AnnualFeeQuote q = fees.quote(c, year);
            if (!q.eligible()) {
                none.add(new NoFee(line, c.code(), c.name(), NoFeeReason.NOT_ELIGIBLE, q.reason().orElseThrow(),
                        q.citations()));
                continue;
            }
            Money amount = q.annualFee().orElseThrow();
            if (amount.isZero()) {
                none.add(new NoFee(line, c.code(), c.name(), NoFeeReason.EXEMPT_YEAR, exemptDetail(q), q.citations()));
                continue;
            }
            List<Citation> cites = new ArrayList<>(q.citations());
            Optional<String> term = Optional.empty();
            Optional<java.time.LocalDate> due = Optional.empty();
            if (collection.isPresent() && collection.get().paymentTerm().isPresent()) {
                var pt = collection.get().paymentTerm().get();
                term = Optional.of(pt.days() + " days after receipt of the titre (" + pt.citation() + ")");
                due = options.receivedOn().map(pt::dueDate);
                if (!cites.contains(pt.citation())) {
                    cites.add(pt.citation());
                }
            }
            lines.add(new TitreLine(line, c.code(), c.name(), options.sirenOf().apply(c.code()), object,
                    c.population().inhabitants(), source, q.stratum().orElseThrow().wording(), amount,
                    q.tariff().orElseThrow(), cites, options.issuedOn(), due, term));
        }
        return new FeeRun(module.id(), year, List.copyOf(lines), List.copyOf(none), register.problems(),
                List.copyOf(warnings));
    }

    private static String exemptDetail(AnnualFeeQuote q) {
        String zero = Money.ZERO.toDisplayString();
        return q.explanation().steps().stream().map(TraceStep::result).filter(r -> r.startsWith(zero)).findFirst()
                .map(r -> "no fee for " + q.year() + ": " + r)
                .orElse("no fee for " + q.year() + ": the fee is " + zero);
    }

    /** @return the module id */
    @JsonProperty("module")
    public String module() {
        return module;
    }

    /** @return the budget year */
    @JsonProperty("year")
    public Year year() {
        return year;
    }

    /** @return the titre lines, in register order */
    @JsonProperty("lines")
    public List<TitreLine> lines() {
        return lines;
    }

    /** @return the members owing nothing, with the reason, in register order */
    @JsonProperty("noFee")
    public List<NoFee> noFee() {
        return noFee;
    }

    /** @return the register's problems: rows set aside and warnings, in line order */
    @JsonProperty("registerProblems")
    public List<RowProblem> registerProblems() {
        return registerProblems;
    }

    /** @return warnings about the run (e.g. populations of another vintage than the year) */
    @JsonProperty("warnings")
    public List<String> warnings() {
        return warnings;
    }

    /** @return the totals per stratum, in the order strata first appear by population */
    @JsonProperty("totals")
    public List<StratumTotal> totals() {
        Map<String, List<TitreLine>> by = new LinkedHashMap<>();
        lines.stream().sorted(java.util.Comparator.comparingLong(TitreLine::population))
                .forEach(l -> by.computeIfAbsent(l.stratum(), k -> new ArrayList<>()).add(l));
        List<StratumTotal> out = new ArrayList<>();
        by.forEach((s, ls) -> out.add(new StratumTotal(s, ls.size(), Money.total(ls.stream().map(TitreLine::amount)
                .toList()))));
        return List.copyOf(out);
    }

    /** @return the total of the run: the exact sum of the lines */
    @JsonProperty("total")
    public Money total() {
        return Money.total(lines.stream().map(TitreLine::amount).toList());
    }

    /**
     * Two runs are equal when they are for the same module id and year and hold the same titre lines,
     * members owing nothing, register problems and warnings, each in the same order. The module and
     * register that produced them are not compared (services): what is compared is what the run would
     * issue. The totals follow from the lines.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof FeeRun other && module.equals(other.module) && year.equals(other.year)
                && lines.equals(other.lines) && noFee.equals(other.noFee)
                && registerProblems.equals(other.registerProblems) && warnings.equals(other.warnings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(module, year, lines, noFee, registerProblems, warnings);
    }

    @Override
    public String toString() {
        return "fee run " + module + " " + year + ": " + lines.size() + " titres, " + total().toDisplayString() + ", "
                + noFee.size() + " owing nothing";
    }
}

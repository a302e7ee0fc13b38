package fr.cdgrules.cli;

import fr.cdgrules.cli.data.Commune;
import fr.cdgrules.core.descriptor.DescribedParameter;
import fr.cdgrules.core.descriptor.DescriptorLoader;
import fr.cdgrules.core.descriptor.ParameterKind;
import fr.cdgrules.core.module.AnnualFees;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.module.TariffRevision;
import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.register.CheckedRegister;
import fr.cdgrules.core.register.Member;
import fr.cdgrules.core.simulation.CommuneChange;
import fr.cdgrules.core.simulation.StratumRevenue;
import fr.cdgrules.core.simulation.TariffSimulation;
import fr.cdgrules.core.strata.StrataScale;
import fr.cdgrules.core.territory.Collectivity;
import fr.cdgrules.core.timeline.VersionOrigin;
import fr.cdgrules.core.timeline.Version;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code simulate MODULE --parameters FILE (--register FILE | --department NN | --epci SIREN | --all) --year Y}. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"The fees of a set of communes under the tariff in force and under a proposed one.",
            "Per stratum (of the tariff in force, as 'batch' counts them): communes, revenue before and after, difference; "
                + "the communes whose fee changes; the total. A commune not eligible pays 0 €."},
        footer = {"", "--parameters: a descriptor parameter fragment in YAML with one dated fee-scale version "
                + "(effective, decision, article, strata of from/to/wording/fee); see examples/samples/cdg79-tariff-2027.yaml.",
            "Example: cdg-rules simulate cdg79 --parameters examples/samples/cdg79-tariff-2027.yaml --department 79 --year 2027"})
final class SimulateCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format {
        TEXT, JSON, SVG;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Which communes. */
    static final class Selection {
        @Option(names = "--register", paramLabel = "FILE", description = "The members of a membership register that year.")
        Path register;

        @Option(names = "--department", paramLabel = "NN", description = "Département code, e.g. 79.")
        String department;

        @Option(names = "--epci", paramLabel = "SIREN", description = "SIREN of an EPCI à fiscalité propre.")
        String epci;

        @Option(names = "--all", description = "Every commune of France.")
        boolean all;
    }

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    RulesOptions rulesOptions = new RulesOptions();

    @Parameters(index = "0", paramLabel = "MODULE", description = "Rule module id, priced (see 'cdg-rules modules').")
    String module;

    @Option(names = "--parameters", required = true, paramLabel = "FILE", description = "The proposed tariff (YAML fragment).")
    Path parameters;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection selection;

    @Option(names = "--year", paramLabel = "YYYY", description = "Budget year (default: the current year).")
    Year year;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); svg: a bar chart of the revenue per stratum.")
    Format format;

    SimulateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RuleModule m = Lookups.module(context, rulesOptions, null, module);
        AnnualFees inForce = Lookups.fees(context, m);
        m.capability(TariffRevision.class).orElseThrow(() -> new RefusedException(
                "module '" + m.id() + "' does not take a revised fee tariff"));
        RuleModule revised = m.withParameters(DescriptorLoader.readFragment("--parameters " + parameters, fragmentText()));
        Version<StrataScale> proposal = proposal(revised);
        AnnualFees proposed = Lookups.fees(context, revised);
        Year y = year != null ? year : context.currentYear();
        List<Collectivity> communes = communes(m, y);
        TariffSimulation sim = TariffSimulation.of(communes, y, inForce, proposed);
        List<String> warnings = new ArrayList<>();
        if (selection.register == null && !Commune.VINTAGE.equals(y)) {
            warnings.add("populations of vintage " + Commune.VINTAGE + " (INSEE) used for " + y
                    + ": the legal population in force in " + y + " may differ");
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case JSON -> out.println(Json.pretty(json(m, proposal, sim, warnings)));
            case SVG -> out.print(SvgChart.render(m.id() + " " + y + ": revenue per stratum, tariff in force and proposed",
                    sim.strata()));
            default -> printText(out, m, proposal, sim, warnings);
        }
        if (format == Format.SVG) {
            warnings.forEach(w -> spec.commandLine().getErr().println("simulate: warning: " + w));
        }
        return ExitCodes.OK;
    }

    private String fragmentText() {
        try {
            return Files.readString(parameters);
        } catch (IOException e) {
            throw new UsageException("cannot read --parameters " + parameters + ": " + e.getMessage());
        }
    }

    /**
     * @param revised the module with the fragment applied
     * @return the one fee-scale version the fragment supplied
     * @throws UsageException (exit 2) unless the fragment supplied exactly one fee-scale version
     */
    private Version<StrataScale> proposal(RuleModule revised) {
        List<Version<StrataScale>> supplied = new ArrayList<>();
        revised.descriptor().map(d -> d.parameters().values()).orElse(List.of()).stream()
                .filter(p -> p.kind() == ParameterKind.SCALE)
                .map(DescribedParameter::scales)
                .forEach(t -> t.versions().stream().filter(v -> v.origin() == VersionOrigin.SUPPLIED).forEach(supplied::add));
        if (supplied.size() != 1) {
            throw new UsageException("invalid --parameters " + parameters
                    + ": expected exactly one version with 'strata' (a fee scale), found " + supplied.size());
        }
        return supplied.get(0);
    }

    private List<Collectivity> communes(RuleModule m, Year y) {
        List<Collectivity> out = new ArrayList<>();
        if (selection.register != null) {
            CheckedRegister reg = RegisterInput.check(context, m, selection.register);
            for (Member mb : reg.members()) {
                if (mb.isMemberDuring(y)) {
                    Collectivity c = mb.commune();
                    if (mb.row().population().isPresent()) {
                        c = c.withPopulation(Population.of(mb.row().population().getAsLong(), c.population().basis(), y));
                    }
                    out.add(c);
                }
            }
            reg.rejected().forEach(p -> spec.commandLine().getErr().println("simulate: register row set aside: " + p));
            return out;
        }
        List<Commune> cs;
        if (selection.department != null) {
            cs = context.communes().inDepartment(selection.department.strip().toUpperCase(Locale.ROOT));
            if (cs.isEmpty()) {
                throw new RefusedException("unknown département '" + selection.department + "'");
            }
        } else if (selection.epci != null) {
            cs = context.communes().inEpci(selection.epci.strip());
            if (cs.isEmpty()) {
                throw new RefusedException("unknown EPCI '" + selection.epci + "'");
            }
        } else {
            cs = context.communes().all();
        }
        cs.stream().filter(Commune::hasPopulation).map(Commune::collectivity).forEach(out::add);
        return out;
    }

    private Map<String, Object> json(RuleModule m, Version<StrataScale> proposal, TariffSimulation sim, List<String> warnings) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("module", m.id());
        o.put("year", sim.year());
        o.put("populationVintage", selection.register == null ? Commune.VINTAGE : null);
        o.put("warnings", warnings);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("effectiveFrom", proposal.effectiveFrom());
        p.put("source", proposal.source().decision());
        p.put("citation", proposal.source().citation());
        o.put("proposal", p);
        o.put("strata", sim.strata());
        o.put("totalBefore", sim.totalBefore());
        o.put("totalAfter", sim.totalAfter());
        o.put("totalDifference", sim.totalDifference());
        o.put("communesSimulated", sim.communes().size());
        o.put("changes", sim.changes());
        return o;
    }

    private void printText(PrintWriter out, RuleModule m, Version<StrataScale> proposal, TariffSimulation sim,
            List<String> warnings) {
        out.println("Simulation " + m.id() + " " + sim.year() + ": " + sim.communes().size() + " commune(s)");
        out.println("Proposal: " + proposal.source().decision() + ", from " + proposal.effectiveFrom() + " ["
                + proposal.source().citation() + "]");
        warnings.forEach(w -> out.println("warning: " + w));
        out.println();
        out.println(String.format(Locale.ROOT, "%-50s %8s %12s %12s %12s", "stratum", "communes", "before", "after", "difference"));
        for (StratumRevenue s : sim.strata()) {
            out.println(String.format(Locale.ROOT, "%-50s %8d %12s %12s %12s", s.stratum(), s.communes(), s.before(),
                    s.after(), s.difference()));
        }
        out.println(String.format(Locale.ROOT, "%-50s %8s %12s %12s %12s", "Total", "", sim.totalBefore(), sim.totalAfter(),
                sim.totalDifference()));
        out.println();
        out.println("Communes whose fee changes (" + sim.changes().size() + "):");
        for (CommuneChange c : sim.changes()) {
            out.println(String.format(Locale.ROOT, "  %-6s %-30s %7d %10s → %10s (%s)", c.code(), c.name(), c.population(),
                    c.before(), c.after(), c.difference()));
        }
    }
}

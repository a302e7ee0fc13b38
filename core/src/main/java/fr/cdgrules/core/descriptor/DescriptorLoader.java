package fr.cdgrules.core.descriptor;

import fr.cdgrules.core.calendar.MonthEndRule;
import fr.cdgrules.core.calendar.PeriodCounting;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.lifecycle.ConventionTerms;
import fr.cdgrules.core.lifecycle.RenewalPolicy;
import fr.cdgrules.core.lifecycle.TerminationRule;
import fr.cdgrules.core.module.Capability;
import fr.cdgrules.core.module.SourceText;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.strata.StrataScale;
import fr.cdgrules.core.strata.Stratum;
import fr.cdgrules.core.territory.Territory;
import fr.cdgrules.core.timeline.VersionOrigin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads and checks descriptors (YAML, Jackson 3's YAML module). A descriptor is refused with one
 * {@link InvalidDescriptorException} listing <em>every</em> error found, each with its file and path:
 * strata that do not partition (gap, overlap, open end not last, ceiling outside the last stratum),
 * a citation of an undeclared article, a reading without default or options, versions out of order,
 * an unknown key, an article that nothing cites and that is not marked {@code prose}.
 *
 * <p>The format is documented in {@code docs/adding-a-body.md}. Thread-safe.
 */
public final class DescriptorLoader {
    private static final String[] TOP = {"id", "body", "sources", "territory", "terms", "parameters", "readings", "rules",
        "capabilities", "hooks", "tests"};

    private DescriptorLoader() {}

    /**
     * @param file a descriptor file
     * @return the descriptor
     * @throws InvalidDescriptorException listing every error, each with the file name and path
     * @throws InvalidInputException if the file cannot be read
     * @throws NullPointerException if an argument is null, naming it
     */
    public static Descriptor load(Path file) {
        Objects.requireNonNull(file, "file");
        return read(file.getFileName().toString(), readText(file));
    }

    /**
     * @param anchor a class whose module holds the resource
     * @param resource the resource name, absolute (e.g. {@code /fr/cdgrules/cdg79/cdg79.yaml})
     * @return the descriptor
     * @throws InvalidDescriptorException listing every error
     */
    public static Descriptor resource(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            return read(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a descriptor from a stream (e.g. a rule module's own resource: a module reads its resource
     * itself, since its packages are not open to core).
     *
     * @param fileName the name to report errors under
     * @param in the descriptor text, UTF-8; not closed
     * @return the descriptor
     * @throws InvalidDescriptorException listing every error
     * @throws UncheckedIOException if the stream cannot be read
     * @throws NullPointerException if an argument is null, naming it
     */
    public static Descriptor read(String fileName, InputStream in) {
        Objects.requireNonNull(in, "in");
        try {
            return read(fileName, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every descriptor ({@code *.yaml}, {@code *.yml}) of a directory, in file-name order.
     *
     * @param directory the directory
     * @return the descriptors
     * @throws InvalidDescriptorException listing every error of every file
     * @throws InvalidInputException if the directory cannot be read
     * @throws NullPointerException if an argument is null, naming it
     */
    public static List<Descriptor> loadDirectory(Path directory) {
        Objects.requireNonNull(directory, "directory");
        if (!Files.isDirectory(directory)) {
            throw new InvalidInputException("rules", null, directory + " is not a directory");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(directory)) {
            files = s.filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".yaml") || n.endsWith(".yml");
            }).sorted().toList();
        } catch (IOException e) {
            throw new InvalidInputException("rules", null, "cannot list " + directory + ": " + e.getMessage());
        }
        List<Descriptor> out = new ArrayList<>();
        List<DescriptorError> errors = new ArrayList<>();
        for (Path f : files) {
            try {
                out.add(load(f));
            } catch (InvalidDescriptorException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidDescriptorException(directory.toString(), errors);
        }
        return out;
    }

    /**
     * @param fileName the name to report errors under
     * @param yaml the descriptor text
     * @return the descriptor
     * @throws InvalidDescriptorException listing every error
     * @throws NullPointerException if an argument is null, naming it
     */
    public static Descriptor read(String fileName, String yaml) {
        Parse p = new Parse(Objects.requireNonNull(fileName, "fileName"));
        return read(p, tree(p, Objects.requireNonNull(yaml, "yaml")));
    }

    /**
     * @param fileName the name to report errors under
     * @param tree the tree of a descriptor text, as {@link YamlTree} reads it (not empty)
     * @return the descriptor, checked as {@link #read(String, String)} checks the text of that tree
     * @throws InvalidDescriptorException listing every error
     */
    static Descriptor read(String fileName, JsonNode tree) {
        return read(new Parse(fileName), tree);
    }

    private static Descriptor read(Parse p, JsonNode tree) {
        Node root = new Node(tree, "", p);
        if (!root.keys(TOP)) {
            p.failIfAny();
        }
        String id = root.str("id", true);
        if (id != null && !Shapes.moduleId(id)) {
            root.errorAt("id", "a module id is lower case letters, digits and '-', got '" + id + "'");
        }
        String body = root.str("body", true);
        List<DescribedText> texts = texts(root, p);
        // plain code, not lambdas, on this path that every start runs (a lambda costs its call site's linking)
        Node territoryNode = root.orNull("territory");
        Territory territory = territoryNode == null ? null : territory(territoryNode);
        if (!root.has("territory")) {
            root.error("missing 'territory'");
        }
        Node termsNode = root.orNull("terms");
        ConventionTerms terms = termsNode == null ? null : terms(termsNode);
        LocalDate conventionStart = termsNode == null ? null : termsNode.date("start", false);
        Map<String, DescribedParameter> parameters = new LinkedHashMap<>();
        Node parametersNode = root.orNull("parameters");
        if (parametersNode != null) {
            for (Map.Entry<String, Node> e : parametersNode.entries()) {
                DescribedParameter dp = parameter(e.getKey(), e.getValue(), id, null, VersionOrigin.BUNDLED);
                if (dp != null) {
                    parameters.put(e.getKey(), dp);
                }
            }
        }
        List<Reading> readings = new ArrayList<>();
        for (Node r : root.list("readings", false)) {
            Reading reading = reading(r, parameters);
            if (reading != null) {
                if (hasReading(readings, reading.id())) {
                    r.error("a second reading with the id '" + reading.id() + "'");
                }
                readings.add(reading);
            }
        }
        AnnualFeeSpec fee = null;
        if (root.has("rules")) {
            Node rules = root.req("rules");
            if (rules.keys("annualFee")) {
                Node feeNode = rules.orNull("annualFee");
                fee = feeNode == null ? null : annualFee(feeNode, parameters, readings);
            }
        }
        Map<String, String> hooks = new LinkedHashMap<>();
        Node hooksNode = root.orNull("hooks");
        for (Map.Entry<String, Node> e : hooksNode == null ? List.<Map.Entry<String, Node>>of() : hooksNode.entries()) {
            Node h = e.getValue();
            if (Capability.fromKey(e.getKey()).isEmpty()) {
                h.error("unknown capability '" + e.getKey() + "' (expected one of " + keys() + ")");
            }
            String cls = h.scalar();
            if (cls != null && !Shapes.qualifiedClassName(cls)) {
                h.error("a hook names a Java class, e.g. fr.cdgrules.cdg79.Cdg79Module, got '" + cls + "'");
            }
            hooks.put(e.getKey(), cls);
        }
        Set<Capability> capabilities = capabilities(root, terms, fee, hooks);
        List<TestCase> tests = new ArrayList<>();
        for (Node t : root.list("tests", false)) {
            TestCase tc = testCase(t);
            if (tc != null) {
                tests.add(tc);
            }
        }
        coverage(p, texts, hooks);
        p.failIfAny();
        return new Descriptor(p.file, id, body, texts, territory, terms, parameters, readings, fee, capabilities, hooks,
                tests, p.citedBy, conventionStart);
    }

    /**
     * @param file a parameter fragment file
     * @return the fragment, checked for syntax; its content is checked when applied to a descriptor
     * @throws InvalidDescriptorException if it is not a fragment
     * @throws NullPointerException if an argument is null, naming it
     */
    public static ParameterFragment readFragment(Path file) {
        Objects.requireNonNull(file, "file");
        return readFragment(file.getFileName().toString(), readText(file));
    }

    /**
     * @param fileName the name to report errors under
     * @param yaml the fragment text
     * @return the fragment
     * @throws InvalidDescriptorException if it is not a fragment
     * @throws NullPointerException if an argument is null, naming it
     */
    public static ParameterFragment readFragment(String fileName, String yaml) {
        Parse p = new Parse(Objects.requireNonNull(fileName, "fileName"));
        JsonNode tree = tree(p, Objects.requireNonNull(yaml, "yaml"));
        Node root = new Node(tree, "", p);
        String module = null;
        if (root.keys("module", "parameters")) {
            module = root.str("module", false);
            Node params = root.req("parameters");
            if (params != null && !params.json.isObject()) {
                params.error("expected a mapping of parameter keys");
            }
        }
        p.failIfAny();
        return new ParameterFragment(fileName, module, tree);
    }

    static Descriptor apply(Descriptor d, ParameterFragment f) {
        Objects.requireNonNull(f, "fragment");
        Parse p = new Parse(f.file());
        d.articles().forEach(a -> p.declared.add(a.citation()));
        Node root = new Node(f.tree(), "", p);
        f.module().ifPresent(m -> {
            if (!m.equals(d.id())) {
                root.errorAt("module", "the fragment is for module '" + m + "', not '" + d.id() + "'");
            }
        });
        Map<String, DescribedParameter> merged = new LinkedHashMap<>(d.parameters());
        root.req("parameters").entries().forEach(e -> {
            DescribedParameter existing = d.parameters().get(e.getKey());
            if (existing == null) {
                e.getValue().error("module " + d.id() + " has no parameter '" + e.getKey() + "' (it has "
                        + d.parameters().keySet() + ")");
                return;
            }
            DescribedParameter supplied = parameter(e.getKey(), e.getValue(), d.id(), existing, VersionOrigin.SUPPLIED);
            if (supplied != null) {
                DescribedParameter result = existing;
                for (ParameterVersion v : supplied.versions()) {
                    result = result.withVersion(v);
                }
                merged.put(e.getKey(), result);
            }
        });
        p.failIfAny();
        return d.withParameterMap(merged);
    }

    private static JsonNode tree(Parse p, String yaml) {
        try {
            JsonNode tree = YamlTree.read(yaml);
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                p.error("", "the file is empty");
                p.failIfAny();
            }
            return tree;
        } catch (JacksonException e) {
            String msg = e.getOriginalMessage();
            p.error("", "not valid YAML: " + (msg == null ? "unreadable" : humane(msg.lines().findFirst().orElse(msg)))
                    + (e.getLocation() != null ? " (line " + e.getLocation().getLineNr() + ")" : ""));
            p.failIfAny();
            throw new IllegalStateException("unreachable");
        }
    }

    /** A parser message in domain words: no Java type or exception name (a huge number once showed both). */
    static String humane(String message) {
        return message.replaceAll("\\((?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*\\)", "")
                .replaceAll("`(?:java\\.math\\.BigDecimal|java\\.math\\.BigInteger|java\\.lang\\.(?:Integer|Long|Double))`",
                        "a number")
                .replaceAll("`[^`]*`", "a value")
                .replaceAll("(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*", "a value")
                .replaceAll("\\s+", " ").strip();
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException("file", null, "cannot read " + file + ": " + e.getMessage());
        }
    }

    private static List<String> keys() {
        return Stream.of(Capability.values()).map(Capability::key).toList();
    }

    private static List<DescribedText> texts(Node root, Parse p) {
        List<Node> sources = root.list("sources", true);
        if (root.has("sources") && sources.isEmpty()) {
            root.errorAt("sources", "a descriptor declares at least one source text");
        }
        // first pass: declare every article so that citations anywhere can be checked
        List<DescribedText> texts = new ArrayList<>();
        for (Node s : sources) {
            if (!s.keys("id", "file", "title", "articles")) {
                continue;
            }
            String id = s.str("id", true);
            String file = s.str("file", true);
            String title = s.str("title", true);
            List<Article> articles = new ArrayList<>();
            for (Node a : s.list("articles", true)) {
                if (!a.keys("article", "heading", "quote", "prose", "implementedBy")) {
                    continue;
                }
                String ref = a.str("article", true);
                if (id == null || ref == null || id.contains(" ")) {
                    continue;
                }
                Citation c = Citation.of(id, ref);
                if (!p.declared.add(c)) {
                    a.error("article " + c + " is declared twice");
                }
                articles.add(Article.of(c, a.str("heading", false), a.str("quote", false), a.bool("prose"),
                        a.strings("implementedBy")));
            }
            if (id != null && file != null && title != null) {
                if (id.contains(" ")) {
                    s.errorAt("id", "a text id has no spaces, got '" + id + "'");
                } else {
                    texts.add(DescribedText.of(SourceText.of(id, file, title), articles));
                }
            }
        }
        return texts;
    }

    private static Territory territory(Node n) {
        if (!n.keys("description", "article", "departments", "epci")) {
            return null;
        }
        String description = n.str("description", true);
        Citation article = n.citation("article", true, "territory");
        List<String> departments = n.strings("departments");
        String epci = n.str("epci", false);
        if (departments.isEmpty() == (epci == null)) {
            n.error("a territory is either 'departments' or 'epci' (the SIREN of the EPCI whose member communes it serves)");
            return null;
        }
        if (epci != null && !Shapes.digits(epci, 9)) {
            n.errorAt("epci", "a SIREN has 9 digits, got '" + epci + "'");
            return null;
        }
        if (description == null || article == null) {
            return null;
        }
        return epci != null ? Territory.epciMembers(description, article, epci)
                : Territory.departments(description, article, departments.toArray(new String[0]));
    }

    private static ConventionTerms terms(Node n) {
        if (!n.keys("duration", "article", "renewal", "terminations", "indemnity", "start")) {
            return null;
        }
        Period duration = n.period("duration", true);
        Citation article = n.citation("article", true, "terms");
        RenewalPolicy renewal = null;
        Node r = n.req("renewal");
        if (r != null && r.keys("kind", "times", "term", "notice", "article")) {
            String kind = r.str("kind", true);
            Citation ra = r.citation("article", true, "terms.renewal");
            if (kind != null && ra != null) {
                switch (kind) {
                    case "none" -> renewal = RenewalPolicy.none(ra);
                    case "tacit", "express" -> {
                        Node timesNode = r.orNull("times");
                        Long times = timesNode == null ? null : timesNode.asWhole();
                        if (times == null || times < 1) {
                            r.error("a " + kind + " renewal says how many 'times' (1 or more)");
                        }
                        Period term = r.period("term", true);
                        Period notice = kind.equals("tacit") ? r.period("notice", true) : null;
                        if (kind.equals("express") && r.has("notice")) {
                            r.errorAt("notice", "a notice before renewal belongs to tacit renewal only");
                        }
                        if (times != null && times >= 1 && term != null && (notice != null || kind.equals("express"))) {
                            renewal = kind.equals("tacit") ? RenewalPolicy.tacit(times.intValue(), term, notice, ra)
                                    : RenewalPolicy.express(times.intValue(), term, ra);
                        }
                    }
                    default -> r.errorAt("kind", "a renewal kind is none, tacit or express, got '" + kind + "'");
                }
            }
        }
        boolean indemnityDue = false;
        if (n.has("indemnity")) {
            Node i = n.req("indemnity");
            if (i.keys("due", "article")) {
                indemnityDue = i.bool("due");
                i.citation("article", true, "terms.indemnity");
            }
        }
        List<TerminationRule> terminations = new ArrayList<>();
        for (Node t : n.list("terminations", false)) {
            TerminationRule tr = termination(t, indemnityDue);
            if (tr != null) {
                terminations.add(tr);
            }
        }
        if (duration == null || article == null || renewal == null) {
            return null;
        }
        try {
            return ConventionTerms.of(duration, article, renewal, terminations);
        } catch (InvalidInputException e) {
            n.error(e.getMessage());
            return null;
        }
    }

    private static TerminationRule termination(Node t, boolean indemnityDue) {
        if (!t.keys("kind", "notice", "cure", "monthEnd", "periodCounting", "reasonsRequired", "article")) {
            return null;
        }
        String kind = t.str("kind", true);
        Citation a = t.citation("article", true, "terms.terminations");
        MonthEndRule monthEnd = MonthEndRule.CLAMP_TO_MONTH_END;
        String me = t.str("monthEnd", false);
        if (me != null) {
            try {
                monthEnd = MonthEndRule.valueOf(me.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                t.errorAt("monthEnd", "a month-end rule is clamp-to-month-end or roll-to-next-month, got '" + me + "'");
            }
        }
        PeriodCounting counting = PeriodCounting.CIVIL_PROCEDURE;
        String pc = t.str("periodCounting", false);
        if (pc != null) {
            try {
                counting = PeriodCounting.valueOf(pc.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                t.errorAt("periodCounting", "a period counting is civil-procedure or expiry-day-excluded, got '" + pc + "'");
            }
        }
        if (kind == null || a == null) {
            return null;
        }
        TerminationRule rule;
        switch (kind) {
            case "at-notice-expiry" -> {
                Period notice = t.period("notice", true);
                if (notice == null) {
                    return null;
                }
                rule = TerminationRule.atNoticeExpiry(notice, monthEnd, a);
            }
            case "first-day-of-next-month" -> rule = TerminationRule.firstDayOfNextMonth(a);
            case "for-fault" -> {
                Period cure = t.period("cure", true);
                if (cure == null) {
                    return null;
                }
                rule = TerminationRule.forFault(cure, a).withMonthEndRule(monthEnd);
            }
            case "general-interest" -> rule = TerminationRule.generalInterest(a);
            default -> {
                t.errorAt("kind", "a termination kind is at-notice-expiry, first-day-of-next-month, for-fault or"
                        + " general-interest, got '" + kind + "'");
                return null;
            }
        }
        if (t.has("reasonsRequired")) {
            rule = rule.withReasonsRequired(t.bool("reasonsRequired"));
        }
        if (pc != null && rule.period().isEmpty()) {
            t.errorAt("periodCounting", "a " + kind + " termination runs no period (notice or cure) to count");
        }
        return rule.withPeriodCounting(counting).withIndemnityDue(indemnityDue);
    }

    private static DescribedParameter parameter(String key, Node n, String moduleId, DescribedParameter existing,
            VersionOrigin origin) {
        if (!n.keys("name", "kind", "versions")) {
            return null;
        }
        String name = n.str("name", false);
        String kindText = n.str("kind", existing == null);
        ParameterKind kind = existing != null ? existing.kind() : null;
        if (kindText != null) {
            ParameterKind k = ParameterKind.fromKey(kindText).orElse(null);
            if (k == null) {
                n.errorAt("kind", "a parameter kind is scale, amount, number, population or date, got '" + kindText + "'");
                return null;
            }
            if (existing != null && k != existing.kind()) {
                n.errorAt("kind", "parameter '" + key + "' is a " + existing.kind().key() + ", not a " + k.key());
                return null;
            }
            kind = k;
        }
        if (existing != null && name != null && !name.equals(existing.name())) {
            n.errorAt("name", "parameter '" + key + "' is named " + existing.name() + ", not " + name);
        }
        List<Node> vs = n.list("versions", true);
        if (n.has("versions") && vs.isEmpty()) {
            n.errorAt("versions", "a parameter has at least one version");
        }
        if (kind == null) {
            return null;
        }
        String user = "parameters." + key;
        List<ParameterVersion> versions = new ArrayList<>();
        LocalDate previous = null;
        for (Node v : vs) {
            ParameterVersion pv = version(v, kind, user, origin);
            if (pv == null) {
                continue;
            }
            if (previous != null && !pv.effectiveFrom().isAfter(previous)) {
                v.errorAt("effective", pv.effectiveFrom().equals(previous)
                        ? "two versions take effect on " + previous
                        : "versions out of order: " + pv.effectiveFrom() + " comes after " + previous);
            }
            previous = pv.effectiveFrom();
            versions.add(pv);
        }
        for (int i = 0; i + 1 < versions.size(); i++) {
            ParameterVersion v = versions.get(i);
            LocalDate next = versions.get(i + 1).effectiveFrom();
            if (v.stillValidOn().isPresent() && !v.stillValidOn().get().isBefore(next)) {
                n.error("versions[" + i + "].stillValidOn " + v.stillValidOn().get() + " is not before the next version ("
                        + next + ")");
            }
        }
        String traceName = name != null ? name : existing != null ? existing.name() : moduleId + "." + key;
        return DescribedParameter.of(key, traceName, kind, versions);
    }

    private static ParameterVersion version(Node v, ParameterKind kind, String user, VersionOrigin origin) {
        if (!v.keys("effective", "decision", "article", "stillValidOn", kind.key() == "scale" ? "strata" : kind.key())) {
            return null;
        }
        LocalDate effective = v.date("effective", true);
        String decision = v.str("decision", true);
        Citation article = v.citation("article", true, user);
        LocalDate stillValid = v.date("stillValidOn", false);
        if (effective != null && stillValid != null && stillValid.isBefore(effective)) {
            v.errorAt("stillValidOn", "still valid on " + stillValid + ", before it takes effect (" + effective + ")");
        }
        Object value = switch (kind) {
            case SCALE -> scale(v);
            case AMOUNT -> v.has("amount") ? v.req("amount").asMoney() : missing(v, "amount");
            case NUMBER -> v.has("number") ? v.req("number").asDecimal() : missing(v, "number");
            case POPULATION -> v.has("population") ? v.req("population").asWhole() : missing(v, "population");
            case DATE -> v.has("date") ? v.req("date").asDate() : missing(v, "date");
        };
        if (effective == null || decision == null || article == null || value == null) {
            return null;
        }
        if (decision.isBlank()) {
            v.errorAt("decision", "a version names the act that decided it");
            return null;
        }
        return ParameterVersion.of(effective, decision, article, stillValid, value, origin);
    }

    private static <T> T missing(Node v, String key) {
        v.error("missing '" + key + "'");
        return null;
    }

    private static StrataScale scale(Node v) {
        List<Node> rows = v.list("strata", true);
        if (v.has("strata") && rows.isEmpty()) {
            v.errorAt("strata", "a scale has at least one stratum");
            return null;
        }
        int before = v.parse.errors.size();
        List<Stratum> strata = new ArrayList<>();
        Long previousTo = null;
        boolean previousOpen = false;
        for (int i = 0; i < rows.size(); i++) {
            Node r = rows.get(i);
            if (!r.keys("from", "to", "wording", "fee")) {
                continue;
            }
            Long from = r.has("from") ? r.req("from").asWhole() : missing(r, "from");
            Node toNode = r.orNull("to");
            Long to = toNode == null ? null : toNode.asWhole();
            String wording = r.str("wording", true);
            Money fee = r.has("fee") ? r.req("fee").asMoney() : missing(r, "fee");
            if (from == null) {
                previousOpen = false;
                previousTo = to;
                continue;
            }
            if (to != null && to < from) {
                r.error("stratum ends (" + to + ") before it starts (" + from + ")");
            }
            // the first row has no stratum before it: previousOpen is false and previousTo null
            if (previousOpen) {
                r.error("follows an open-ended stratum: only the last stratum may have no 'to'");
            } else if (previousTo != null && from > previousTo + 1) {
                r.error("gap between " + previousTo + " and " + from);
            } else if (previousTo != null && from <= previousTo) {
                r.error("overlap: starts at " + from + ", the stratum before ends at " + previousTo);
            }
            previousOpen = to == null;
            previousTo = to;
            if (wording != null && fee != null && (to == null || to >= from)) {
                strata.add(to == null ? Stratum.openEnded(from, wording, fee) : Stratum.of(from, to, wording, fee));
            }
        }
        if (v.parse.errors.size() > before || strata.size() != rows.size()) {
            return null;
        }
        try {
            return StrataScale.of(strata);
        } catch (InvalidInputException e) {
            v.errorAt("strata", e.getMessage());
            return null;
        }
    }

    private static Reading reading(Node r, Map<String, DescribedParameter> parameters) {
        if (!r.keys("id", "about", "quote", "default", "options")) {
            return null;
        }
        String id = r.str("id", true);
        String user = "readings." + (id == null ? "?" : id);
        List<Citation> about = r.citations("about", true, user);
        String quote = r.str("quote", true);
        String def = r.has("default") ? r.str("default", true) : null;
        if (def == null && !r.has("default")) {
            r.error("reading '" + id + "' has no default");
        }
        List<Node> os = r.list("options", true);
        if (r.has("options") && os.size() < 2) {
            r.errorAt("options", "a reading has at least two options (the default and an alternative)");
        }
        List<ReadingOption> options = new ArrayList<>();
        for (Node o : os) {
            if (!o.keys("id", "meaning", "sets")) {
                continue;
            }
            String oid = o.str("id", true);
            String meaning = o.str("meaning", true);
            Map<String, Object> sets = new LinkedHashMap<>();
            o.opt("sets").ifPresent(s -> s.entries().forEach(e -> {
                DescribedParameter p = parameters.get(e.getKey());
                if (p == null) {
                    e.getValue().error("sets '" + e.getKey() + "', which is not a declared parameter");
                    return;
                }
                Object value = switch (p.kind()) {
                    case AMOUNT -> e.getValue().asMoney();
                    case NUMBER -> e.getValue().asDecimal();
                    case POPULATION -> e.getValue().asWhole();
                    case DATE -> e.getValue().asDate();
                    case SCALE -> {
                        e.getValue().error("a reading cannot replace a whole scale; set a threshold or an amount");
                        yield null;
                    }
                };
                if (value != null) {
                    sets.put(e.getKey(), value);
                }
            }));
            if (oid != null && meaning != null) {
                if (hasOption(options, oid)) {
                    o.error("a second option with the id '" + oid + "'");
                }
                options.add(ReadingOption.of(oid, meaning, sets));
            }
        }
        if (def != null && !options.isEmpty() && !hasOption(options, def)) {
            r.errorAt("default", "the default '" + def + "' is not one of the options "
                    + options.stream().map(ReadingOption::id).toList());
        }
        if (id == null || quote == null || def == null || options.isEmpty()) {
            return null;
        }
        return Reading.of(id, about, quote, def, options);
    }

    private static AnnualFeeSpec annualFee(Node n, Map<String, DescribedParameter> parameters, List<Reading> readings) {
        if (!n.keys("scale", "article", "ceiling")) {
            return null;
        }
        String scale = n.str("scale", true);
        Citation article = n.citation("article", true, "rules.annualFee");
        String ceiling = n.str("ceiling", false);
        DescribedParameter sp = scale == null ? null : parameters.get(scale);
        if (scale != null && (sp == null || sp.kind() != ParameterKind.SCALE)) {
            n.errorAt("scale", "'" + scale + "' is not a declared parameter of kind scale");
            sp = null;
        }
        if (ceiling != null) {
            DescribedParameter cp = parameters.get(ceiling);
            if (cp == null || cp.kind() != ParameterKind.POPULATION) {
                n.errorAt("ceiling", "'" + ceiling + "' is not a declared parameter of kind population");
            } else if (sp != null) {
                List<Long> values = new ArrayList<>();
                cp.versions().forEach(v -> values.add((Long) v.value()));
                readings.forEach(r -> r.options().forEach(o -> {
                    if (o.sets().get(ceiling) instanceof Long l) {
                        values.add(l);
                    }
                }));
                for (ParameterVersion sv : sp.versions()) {
                    StrataScale s = (StrataScale) sv.value();
                    Stratum last = s.strata().get(s.strata().size() - 1);
                    for (long c : values) {
                        OptionalLong to = last.to();
                        if (c < last.from() || (to.isPresent() && c > to.getAsLong())) {
                            n.errorAt("ceiling", "ceiling " + c + " falls outside the last stratum " + last.bounds()
                                    + " of the scale of " + sv.effectiveFrom());
                        }
                    }
                }
            }
        }
        if (scale == null || article == null) {
            return null;
        }
        return AnnualFeeSpec.of(scale, article, ceiling);
    }

    private static Set<Capability> capabilities(Node root, ConventionTerms terms, AnnualFeeSpec fee,
            Map<String, String> hooks) {
        Set<Capability> set = EnumSet.noneOf(Capability.class);
        for (Node c : root.list("capabilities", false)) {
            String key = c.scalar();
            if (key == null) {
                continue;
            }
            Capability cap = Capability.fromKey(key).orElse(null);
            if (cap == null) {
                c.error("unknown capability '" + key + "' (expected one of " + keys() + ")");
                continue;
            }
            boolean generic = (cap == Capability.ANNUAL_FEE && fee != null) || (cap == Capability.DEADLINES && terms != null);
            if (!generic && !hooks.containsKey(cap.key())) {
                c.error("capability '" + cap.key() + "' needs " + (cap == Capability.ANNUAL_FEE ? "rules.annualFee or "
                        : cap == Capability.DEADLINES ? "terms or " : "") + "a hook");
            }
            set.add(cap);
        }
        hooks.keySet().forEach(h -> Capability.fromKey(h).ifPresent(cap -> {
            if (!set.contains(cap)) {
                root.errorAt("hooks", "hook '" + h + "' implements a capability not declared in 'capabilities'");
            }
        }));
        if (fee != null && !set.contains(Capability.ANNUAL_FEE)) {
            root.errorAt("rules", "rules.annualFee is given but 'capabilities' does not declare annual-fee");
        }
        return set;
    }

    private static TestCase testCase(Node t) {
        if (!t.keys("name", "kind", "articles", "input", "expected")) {
            return null;
        }
        String name = t.str("name", true);
        String kind = t.str("kind", true);
        String user = "test '" + name + "'";
        List<Citation> articles = t.citations("articles", true, user);
        Map<String, String> input = new LinkedHashMap<>();
        Map<String, List<String>> expected = new LinkedHashMap<>();
        Node in = t.req("input");
        Node ex = t.req("expected");
        if (kind == null || in == null || ex == null) {
            return null;
        }
        switch (kind) {
            case "quote" -> {
                if (in.keys("commune", "name", "department", "epci", "population", "year", "readings")) {
                    for (String k : List.of("commune", "name", "department", "population", "year")) {
                        String s = in.str(k, true);
                        if (s != null) {
                            input.put(k, s);
                        }
                    }
                    String epci = in.str("epci", false);
                    if (epci != null) {
                        input.put("epci", epci);
                    }
                    in.opt("readings").ifPresent(r -> r.entries().forEach(e -> {
                        String s = e.getValue().scalar();
                        if (s != null) {
                            input.put("reading." + e.getKey(), s);
                        }
                    }));
                }
                if (ex.keys("eligible", "fee", "stratum", "prepaidHours", "reason", "decision", "origin")) {
                    for (String k : List.of("eligible", "fee", "stratum", "prepaidHours", "reason", "decision", "origin")) {
                        String s = ex.str(k, false);
                        if (s != null) {
                            expected.put(k, List.of(s));
                        }
                    }
                    if (!ex.has("eligible")) {
                        ex.error("missing 'eligible'");
                    }
                }
            }
            case "deadlines" -> {
                if (in.keys("start")) {
                    LocalDate start = in.date("start", true);
                    if (start != null) {
                        input.put("start", start.toString());
                    }
                }
                for (Map.Entry<String, Node> e : ex.entries()) {
                    try {
                        fr.cdgrules.core.lifecycle.DeadlineKind.valueOf(e.getKey());
                    } catch (IllegalArgumentException x) {
                        e.getValue().error("unknown deadline kind '" + e.getKey() + "' (expected one of "
                                + List.of(fr.cdgrules.core.lifecycle.DeadlineKind.values()) + ")");
                        continue;
                    }
                    List<String> dates = new ArrayList<>();
                    if (e.getValue().json.isArray()) {
                        for (int i = 0; i < e.getValue().json.size(); i++) {
                            LocalDate d = new Node(e.getValue().json.get(i), e.getValue().path + "[" + i + "]", t.parse)
                                    .asDate();
                            if (d != null) {
                                dates.add(d.toString());
                            }
                        }
                    } else {
                        LocalDate d = e.getValue().asDate();
                        if (d != null) {
                            dates.add(d.toString());
                        }
                    }
                    expected.put(e.getKey(), dates);
                }
            }
            default -> {
                t.errorAt("kind", "a test case kind is quote or deadlines, got '" + kind + "'");
                return null;
            }
        }
        if (name == null) {
            return null;
        }
        return TestCase.of(name, kind, input, expected, articles);
    }

    private static void coverage(Parse p, List<DescribedText> texts, Map<String, String> hooks) {
        for (int i = 0; i < texts.size(); i++) {
            List<Article> articles = texts.get(i).articles();
            for (int j = 0; j < articles.size(); j++) {
                Article a = articles.get(j);
                String path = "sources[" + i + "].articles[" + j + "]";
                for (String h : a.implementedBy()) {
                    if (!hooks.containsKey(h)) {
                        p.error(path + ".implementedBy", "'" + h + "' is not a declared hook " + hooks.keySet());
                    } else {
                        p.cite(a.citation(), "hook " + h);
                    }
                }
                boolean cited = p.citedBy.containsKey(a.citation()) && !p.citedBy.get(a.citation()).isEmpty();
                if (!cited && !a.prose()) {
                    p.error(path, "article " + a.citation() + " is cited by no rule, hook or test case and is not"
                            + " marked 'prose: true'");
                }
                if (!p.citedBy.containsKey(a.citation())) {
                    p.citedBy.put(a.citation(), new ArrayList<>());
                }
            }
        }
        // keep the declaration order of the articles
        Map<Citation, List<String>> ordered = new LinkedHashMap<>();
        for (DescribedText t : texts) {
            for (Article a : t.articles()) {
                ordered.put(a.citation(), p.citedBy.get(a.citation()));
            }
        }
        p.citedBy.clear();
        p.citedBy.putAll(ordered);
    }

    private static boolean hasReading(List<Reading> readings, String id) {
        for (Reading r : readings) {
            if (r.id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasOption(List<ReadingOption> options, String id) {
        for (ReadingOption o : options) {
            if (o.id().equals(id)) {
                return true;
            }
        }
        return false;
    }
}

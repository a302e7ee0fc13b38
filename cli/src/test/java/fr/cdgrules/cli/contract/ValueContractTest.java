package fr.cdgrules.cli.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg44.Cdg44Module;
import fr.cdgrules.cdg62.Cdg62Module;
import fr.cdgrules.cdg79.Cdg79Module;
import fr.cdgrules.cdg79.charter.AccessRequest;
import fr.cdgrules.core.descriptor.DescriptorLoader;
import fr.cdgrules.core.error.CdgRulesException;
import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.module.RuleModules;
import fr.cdgrules.core.register.RegisterReader;
import fr.cdgrules.cucm.CucmModule;
import fr.cdgrules.cucm.billing.MissionSheet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The value contract, checked by reflection over every public type of the packages that core and the four
 * rules modules export ({@link ExportedTypes}). Instances come from exploring the public API from the
 * sample inputs ({@link Harvest}); {@link ContractTables} lists, module by module, the types that are not
 * values (services, interfaces, utilities) with the reason, the types whose JSON form is written but not
 * read, and how to obtain the few instances the exploration does not reach. A new exported type that is
 * neither reached nor listed fails {@link #everyExportedTypeIsCoveredOrListed()}.
 *
 * <ul>
 *   <li>immutable: no accessor hands out a collection, map or array that changes the value when changed;
 *   <li>equals and hashCode: two explorations give equal values with equal hash codes, path by path;
 *   <li>JSON: a value is written and read back equal, or (listed) written only, or has no JSON form and
 *       then writing it is an error, never {@code {}};
 *   <li>exceptions keep their message, field, citations ({@code rules()}) and family through Java
 *       serialisation.
 * </ul>
 */
class ValueContractTest {
    private static final Path SAMPLES = Path.of("../examples/samples");
    static List<Class<?>> types;
    static Harvest first;
    static Harvest second;

    @BeforeAll
    static void explore() {
        types = new ArrayList<>();
        for (Class<?> anchor : List.of(RuleModule.class, Cdg79Module.class, CucmModule.class, Cdg62Module.class,
                Cdg44Module.class)) {
            types.addAll(ExportedTypes.of(anchor));
        }
        first = harvest();
        second = harvest();
    }

    private static Harvest harvest() {
        Harvest h = new Harvest(types);
        h.root("modules", RuleModules.load());
        h.root("mission", CdgJson.read(SAMPLES.resolve("mission-marigny-2023.json"), MissionSheet.class));
        h.root("access", CdgJson.read(SAMPLES.resolve("access-request-clesse.json"), AccessRequest.class));
        h.root("accessRefused", CdgJson.read(SAMPLES.resolve("access-request-refused.json"), AccessRequest.class));
        h.root("registerCsv", RegisterReader.read(SAMPLES.resolve("register-cdg79.csv")));
        h.root("registerJson", RegisterReader.read(SAMPLES.resolve("register-cucm.json")));
        h.root("fragment", DescriptorLoader.readFragment(SAMPLES.resolve("cdg79-tariff-2027.yaml")));
        h.root("illustrative", DescriptorLoader.resource(ValueContractTest.class,
                "/fr/cdgrules/cli/illustrative-cdg00.yaml"));
        ContractTables.roots(h);
        return h.explore();
    }

    @Test
    void everyExportedTypeIsCoveredOrListed() {
        List<String> missing = new ArrayList<>();
        for (Class<?> t : types) {
            boolean reached = !first.instancesOf(t).isEmpty() || first.thrown.keySet().stream().anyMatch(t::isAssignableFrom)
                    || ContractTables.exceptions().stream().anyMatch(t::isInstance);
            if (!reached && !ContractTables.NOT_VALUES.containsKey(t)) {
                missing.add(t.getName());
            }
        }
        assertEquals(List.of(), missing, "exported types with no instance: add a root to ContractTables (or list it"
                + " in NOT_VALUES with the reason)");
    }

    @Test
    void noAccessorHandsOutAMutableCollection() {
        List<String> problems = new ArrayList<>();
        for (Class<?> t : types) {
            for (Map.Entry<String, Object> e : first.instancesOf(t)) {
                for (Method m : t.getMethods()) {
                    if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())
                            || m.getDeclaringClass() == Object.class) {
                        continue;
                    }
                    Class<?> r = m.getReturnType();
                    if (Collection.class.isAssignableFrom(r) || Map.class.isAssignableFrom(r) || r.isArray()) {
                        mutable(e.getValue(), m).ifPresent(p -> problems.add(t.getSimpleName() + "." + m.getName()
                                + "() on " + e.getKey() + ": " + p));
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void equalValuesFromTwoExplorationsAreEqualWithEqualHashCodes() {
        List<String> problems = new ArrayList<>();
        for (Class<?> t : types) {
            if (ContractTables.NOT_VALUES.containsKey(t) || ContractTables.IDENTITY_EQUALITY.containsKey(t)
                    || Throwable.class.isAssignableFrom(t)) {
                continue;
            }
            for (Map.Entry<String, Object> e : first.instancesOf(t)) {
                Object again = find(second, t, e.getKey());
                Object v = e.getValue();
                if (again == null) {
                    problems.add(t.getSimpleName() + ": the second exploration has nothing at " + e.getKey());
                } else if (!v.equals(again) || v.hashCode() != again.hashCode()) {
                    problems.add(t.getSimpleName() + ": two equal values are not equal (or hash differently) at "
                            + e.getKey());
                } else if (v.equals(null) || !v.equals(v)) {
                    problems.add(t.getSimpleName() + ": equals is not reflexive or accepts null");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void jsonRoundTripIsExactOrWritingIsAnError() {
        List<String> problems = new ArrayList<>();
        for (Class<?> t : types) {
            if (ContractTables.NOT_VALUES.containsKey(t) || Throwable.class.isAssignableFrom(t)) {
                continue;
            }
            for (Map.Entry<String, Object> e : first.instancesOf(t)) {
                Object v = e.getValue();
                if (v instanceof Enum<?> && v.getClass() != t && !t.isEnum()) {
                    continue;
                }
                String json;
                try {
                    json = CdgJson.write(v);
                } catch (IllegalArgumentException noJsonForm) {
                    if (!noJsonForm.getMessage().startsWith("this value has no JSON form")) {
                        problems.add(t.getSimpleName() + ": writing fails with " + noJsonForm.getMessage());
                    }
                    continue;
                }
                if (json.replaceAll("\\s", "").equals("{}")) {
                    problems.add(t.getSimpleName() + ": written as {} at " + e.getKey());
                    continue;
                }
                if (ContractTables.WRITE_ONLY.containsKey(t) || ContractTables.GENERIC.containsKey(t)
                        || ContractTables.IDENTITY_EQUALITY.containsKey(t)) {
                    continue;
                }
                try {
                    Object back = CdgJson.read(json, t);
                    if (!back.equals(v) || back.hashCode() != v.hashCode()) {
                        problems.add(t.getSimpleName() + ": JSON round trip differs at " + e.getKey() + ": " + json);
                    }
                } catch (RuntimeException ex) {
                    problems.add(t.getSimpleName() + ": written but not read back (" + ex.getMessage().lines().findFirst()
                            .orElse("") + ") at " + e.getKey());
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void exceptionsKeepWhatTheySayThroughJavaSerialisation() throws Exception {
        List<String> problems = new ArrayList<>();
        Map<Class<?>, Throwable> samples = new LinkedHashMap<>();
        first.thrown.forEach((c, m) -> samples.put(c, m.values().iterator().next()));
        ContractTables.exceptions().forEach(x -> samples.putIfAbsent(x.getClass(), x));
        for (Class<?> t : types) {
            if (Throwable.class.isAssignableFrom(t) && !Modifier.isAbstract(t.getModifiers()) && !samples.containsKey(t)) {
                problems.add(t.getSimpleName() + ": no instance (add one to ContractTables.exceptions())");
            }
        }
        for (Throwable x : samples.values()) {
            Throwable back = copy(x);
            if (back.getClass() != x.getClass() || !back.getMessage().equals(x.getMessage())) {
                problems.add(x.getClass().getSimpleName() + ": message or type lost");
            }
            if (x instanceof CdgRulesException c && back instanceof CdgRulesException b) {
                if (!b.rules().equals(c.rules()) || !b.field().equals(c.field()) || b.isRefusal() != c.isRefusal()) {
                    problems.add(x.getClass().getSimpleName() + ": rules, field or family lost: " + c.rules() + " → "
                            + b.rules());
                }
                if (c.rules().isEmpty() && c.isRefusal()) {
                    problems.add(x.getClass().getSimpleName() + ": a refusal that cites no article");
                }
            }
            for (Method m : x.getClass().getMethods()) {
                if (m.getParameterCount() == 0 && m.getDeclaringClass().getName().startsWith("fr.cdgrules.")) {
                    Object a = m.invoke(x);
                    Object b = m.invoke(back);
                    if (!java.util.Objects.equals(a, b)) {
                        problems.add(x.getClass().getSimpleName() + "." + m.getName() + "() lost: " + a + " → " + b);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theExplorationReachesMostTypes() {
        TreeSet<String> reached = new TreeSet<>();
        for (Class<?> t : types) {
            if (!first.instancesOf(t).isEmpty()) {
                reached.add(t.getSimpleName());
            }
        }
        assertTrue(reached.size() * 2 > types.size(), () -> reached.size() + " of " + types.size() + ": " + reached);
    }

    @Test
    void aTimelineRoundTripsWithItsType() {
        for (Map.Entry<String, Object> e : first.instancesOf(fr.cdgrules.core.timeline.Timeline.class)) {
            fr.cdgrules.core.timeline.Timeline<?> t = (fr.cdgrules.core.timeline.Timeline<?>) e.getValue();
            Object value = t.versions().get(0).value();
            tools.jackson.databind.JavaType type = CdgJson.mapper().getTypeFactory().constructParametricType(
                    fr.cdgrules.core.timeline.Timeline.class, value.getClass().getSimpleName().startsWith("Immutable")
                            ? value.getClass().getSuperclass() : value.getClass());
            Object back = CdgJson.mapper().readValue(CdgJson.write(t), type);
            assertEquals(t, back, e.getKey());
            assertEquals(t.hashCode(), back.hashCode(), e.getKey());
        }
    }

    /**
     * A termination notice is written with its party by name and read back with its module's parties named
     * (TerminationNotice's Javadoc), for every notice the exploration reaches.
     */
    @Test
    void aTerminationNoticeRoundTripsWithItsParties() {
        List<Map.Entry<String, Object>> notices = first.instancesOf(fr.cdgrules.core.notice.TerminationNotice.class);
        assertTrue(!notices.isEmpty(), "the exploration reaches no termination notice");
        for (Map.Entry<String, Object> e : notices) {
            fr.cdgrules.core.notice.TerminationNotice<?> n = (fr.cdgrules.core.notice.TerminationNotice<?>) e.getValue();
            Class<?> parties = ((Enum<?>) n.givenBy()).getDeclaringClass();
            tools.jackson.databind.JavaType type = CdgJson.mapper().getTypeFactory().constructParametricType(
                    fr.cdgrules.core.notice.TerminationNotice.class, parties);
            Object back = CdgJson.mapper().readValue(CdgJson.write(n), type);
            assertEquals(n, back, e.getKey());
            assertEquals(n.hashCode(), back.hashCode(), e.getKey());
        }
    }

    /**
     * The public types added since the last review of the null policy (2026-11-29: the descriptor, register,
     * fee-run, simulation and notice packages of core, and the types the rules modules gained with their
     * descriptors).
     */
    static final java.util.Set<String> REVIEWED_FOR_NULLS = java.util.Set.of(
            "fr.cdgrules.core.calendar.PeriodCounting", "fr.cdgrules.core.descriptor.AnnualFeeSpec",
            "fr.cdgrules.core.descriptor.Article", "fr.cdgrules.core.descriptor.DescribedParameter",
            "fr.cdgrules.core.descriptor.DescribedText", "fr.cdgrules.core.descriptor.Descriptor",
            "fr.cdgrules.core.descriptor.DescriptorError", "fr.cdgrules.core.descriptor.DescriptorLoader",
            "fr.cdgrules.core.descriptor.DescriptorModule", "fr.cdgrules.core.descriptor.DescriptorTestCases",
            "fr.cdgrules.core.descriptor.ParameterFragment", "fr.cdgrules.core.descriptor.ParameterVersion",
            "fr.cdgrules.core.descriptor.Reading", "fr.cdgrules.core.descriptor.ReadingChoices",
            "fr.cdgrules.core.descriptor.ReadingOption", "fr.cdgrules.core.descriptor.TestCase",
            "fr.cdgrules.core.descriptor.TestCaseResult", "fr.cdgrules.core.feerun.FeeRun",
            "fr.cdgrules.core.feerun.FeeRunOptions", "fr.cdgrules.core.feerun.NoFee", "fr.cdgrules.core.feerun.StratumTotal",
            "fr.cdgrules.core.feerun.TitreLine", "fr.cdgrules.core.module.FeeCollection",
            "fr.cdgrules.core.module.MembershipRules", "fr.cdgrules.core.module.TariffRevision",
            "fr.cdgrules.core.notice.TerminationNotice", "fr.cdgrules.core.notice.RegisteredLetter",
            "fr.cdgrules.core.register.Admission", "fr.cdgrules.core.register.CheckedRegister",
            "fr.cdgrules.core.register.ConventionMembership", "fr.cdgrules.core.register.Member",
            "fr.cdgrules.core.register.MembershipRegister", "fr.cdgrules.core.register.RegisterCheck",
            "fr.cdgrules.core.register.RegisterReader", "fr.cdgrules.core.register.RegisterRow",
            "fr.cdgrules.core.register.RowProblem", "fr.cdgrules.core.simulation.CommuneChange",
            "fr.cdgrules.core.simulation.StratumRevenue", "fr.cdgrules.core.simulation.TariffSimulation",
            "fr.cdgrules.cdg44.Cdg44Descriptor", "fr.cdgrules.cdg62.Cdg62Descriptor",
            "fr.cdgrules.cdg62.service.ServiceChoice", "fr.cdgrules.cdg79.Cdg79Descriptor",
            "fr.cdgrules.cdg79.adhesion.AdhesionDecision", "fr.cdgrules.cdg79.adhesion.RegisterAdmission",
            "fr.cdgrules.cdg79.duration.ConventionStart", "fr.cdgrules.cdg79.intervention.TraineeAllowance",
            "fr.cdgrules.cucm.CucmDescriptor", "fr.cdgrules.cucm.billing.CostPortion",
            "fr.cdgrules.cucm.convention.FaultTermination", "fr.cdgrules.cucm.convention.ForceMajeure",
            "fr.cdgrules.cucm.convention.FrameworkPeriod", "fr.cdgrules.cucm.convention.Reconduction",
            "fr.cdgrules.cucm.cotisation.CotisationTitre", "fr.cdgrules.cucm.replacement.Arbitration",
            "fr.cdgrules.cucm.year.CucmYear", "fr.cdgrules.cucm.year.YearStatement");

    /** Arguments documented as nullable ("or null"), or texts whose absence is invalid input: with the reason. */
    static final Map<String, String> NULL_ALLOWED = Map.of(
            "AnnualFeeSpec.of 3", "the ceiling key, documented \"or null\" (no ceiling)",
            "Article.of 2", "the heading, documented \"or null\" (not declared)",
            "Article.of 3", "the quote, documented \"or null\" (not declared)",
            "ServiceChoice.parse 1", "text read from a file or the command line: missing text is invalid input naming the"
                    + " field serviceType (as Citation.parse)");

    /** What a null argument must give: a NullPointerException whose message is a name, not the JVM's words. */
    private static final java.util.regex.Pattern A_NAME = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_.\\[\\]]*");

    /**
     * The null policy (docs/LIMITS.md), for every public method of the types added since the last review that
     * the exploration can call: each reference argument in turn is null, the others as found; the call must
     * throw a NullPointerException naming it (a name, not "Cannot invoke … because …" from inside), never
     * accept it, never fail another way.
     */
    @Test
    void aNullArgumentIsRefusedAtTheBoundaryNamingIt() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Class<?> t : types) {
            if (!REVIEWED_FOR_NULLS.contains(t.getName())) {
                continue;
            }
            for (Method m : t.getMethods()) {
                if (!m.getDeclaringClass().getName().startsWith("fr.cdgrules.") || m.isSynthetic() || m.isBridge()
                        || m.getName().equals("equals") || t.isEnum() && m.getName().equals("valueOf")) {
                    continue;
                }
                Object target = null;
                if (!Modifier.isStatic(m.getModifiers())) {
                    List<Map.Entry<String, Object>> on = first.instancesOf(t);
                    if (on.isEmpty()) {
                        continue;
                    }
                    target = on.get(0).getValue();
                }
                java.lang.reflect.Type[] params = m.getGenericParameterTypes();
                Object[] args = new Object[params.length];
                boolean supplied = true;
                for (int i = 0; i < params.length && supplied; i++) {
                    java.util.Optional<Object> a = first.argument(params[i]);
                    supplied = a.isPresent();
                    args[i] = a.orElse(null);
                }
                if (!supplied) {
                    continue;
                }
                for (int i = 0; i < params.length; i++) {
                    if (m.getParameterTypes()[i].isPrimitive()) {
                        continue;
                    }
                    if (NULL_ALLOWED.containsKey(t.getSimpleName() + "." + m.getName() + " " + (i + 1))) {
                        continue;
                    }
                    Object[] withNull = args.clone();
                    withNull[i] = null;
                    checked++;
                    String call = t.getSimpleName() + "." + m.getName() + " argument " + (i + 1) + " of " + params.length;
                    try {
                        m.invoke(target, withNull);
                        problems.add(call + ": null accepted");
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        Throwable x = e.getCause();
                        if (!(x instanceof NullPointerException) || x.getMessage() == null
                                || !A_NAME.matcher(x.getMessage()).matches()) {
                            problems.add(call + ": " + x.getClass().getSimpleName() + " " + x.getMessage());
                        }
                    } catch (ReflectiveOperationException | IllegalArgumentException e) {
                        problems.add(call + ": cannot be called (" + e + ")");
                    }
                }
            }
        }
        assertTrue(checked > 100, "only " + checked + " null arguments tried");
        assertEquals(List.of(), problems);
    }

    private static Object find(Harvest h, Class<?> t, String path) {
        return h.instancesOf(t).stream().filter(e -> e.getKey().equals(path)).map(Map.Entry::getValue).findFirst()
                .orElse(null);
    }

    static java.util.Optional<String> mutable(Object value, Method accessor) {
        try {
            Object r = accessor.invoke(value);
            if (r instanceof Collection<?> c) {
                @SuppressWarnings("unchecked")
                Collection<Object> o = (Collection<Object>) c;
                List<Object> before = new ArrayList<>(o);
                try {
                    if (o.isEmpty()) {
                        o.add(null);
                    } else {
                        o.clear();
                    }
                    Object again = accessor.invoke(value);
                    return java.util.Optional.of(again instanceof Collection<?> a && new ArrayList<>(a).equals(before)
                            ? "hands out a modifiable copy" : "hands out its own collection: changing it changes the value");
                } catch (UnsupportedOperationException | NullPointerException | ClassCastException refused) {
                    return java.util.Optional.empty();
                }
            }
            if (r instanceof Map<?, ?> m) {
                Map<Object, Object> before = new LinkedHashMap<>(m);
                try {
                    if (m.isEmpty()) {
                        ((Map<Object, Object>) m).put(null, null);
                    } else {
                        m.clear();
                    }
                    Object again = accessor.invoke(value);
                    return java.util.Optional.of(again instanceof Map<?, ?> a && new LinkedHashMap<>(a).equals(before)
                            ? "hands out a modifiable copy" : "hands out its own map: changing it changes the value");
                } catch (UnsupportedOperationException | NullPointerException | ClassCastException refused) {
                    return java.util.Optional.empty();
                }
            }
            if (r != null && r.getClass().isArray() && java.lang.reflect.Array.getLength(r) > 0) {
                Object before = java.lang.reflect.Array.get(r, 0);
                java.lang.reflect.Array.set(r, 0, r.getClass().getComponentType().isPrimitive() ? before : null);
                Object again = accessor.invoke(value);
                if (again == r) {
                    return java.util.Optional.of("the array handed out is the value's own");
                }
            }
            return java.util.Optional.empty();
        } catch (ReflectiveOperationException e) {
            return java.util.Optional.empty();
        }
    }

    private static Throwable copy(Throwable x) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(x);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (Throwable) in.readObject();
        }
    }

    static String names(Collection<Class<?>> c) {
        return Arrays.toString(c.stream().map(Class::getSimpleName).toArray());
    }
}

package fr.cdgrules.benchmarks;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;

/** The CDG79 tariff as a DMN decision table in Camunda's standalone DMN engine, parsed once. */
public final class CamundaTable {
    private final DmnEngine engine;
    private final DmnDecision decision;

    private CamundaTable(boolean legacyFeel) {
        DefaultDmnEngineConfiguration config =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        config.enableFeelLegacyBehavior(legacyFeel);
        engine = config.buildEngine();
        try (InputStream in = CamundaTable.class.getResourceAsStream("cdg79-pack-adhesion.dmn")) {
            decision = engine.parseDecision("annualFee", in);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the table under Camunda's legacy Java FEEL engine (JUEL input expressions) */
    public static CamundaTable legacyFeel() {
        return new CamundaTable(true);
    }

    /** @return the table under Camunda's default FEEL engine (Scala) */
    public static CamundaTable scalaFeel() {
        return new CamundaTable(false);
    }

    /**
     * @param population the population
     * @return the matched row's outputs (fee, wording), or an empty map when no row matches
     */
    public Map<String, Object> evaluate(long population) {
        DmnDecisionTableResult r = engine.evaluateDecisionTable(decision,
                Variables.createVariables().putValue("population", population));
        return r.isEmpty() ? Map.of() : r.getSingleResult().getEntryMap();
    }
}

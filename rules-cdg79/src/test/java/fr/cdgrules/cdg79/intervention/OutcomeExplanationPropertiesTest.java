package fr.cdgrules.cdg79.intervention;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import fr.cdgrules.cdg79.Cdg79Articles;
import fr.cdgrules.cdg79.TestCommunes;
import fr.cdgrules.cdg79.fee.Ceiling3500Reading;
import fr.cdgrules.cdg79.fee.Membership;
import fr.cdgrules.core.explain.ParameterUse;
import fr.cdgrules.core.explain.TraceStep;
import fr.cdgrules.core.money.Hours;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every outcome explains itself, whatever the service, the membership, the day and the hours: the first
 * step is the membership on the day of the intervention (art. 3.2, art. 4), the second the treatment of
 * the service with its articles, every step cites an article, and a billed outcome ends with the step
 * of its rate, citing art. 3.2 and carrying exactly the rate version of its line.
 */
class OutcomeExplanationPropertiesTest {
    private static final InterventionBilling BILLING = InterventionBilling.of(BillableServicesReading.HEADING_AND_ANNEX,
            TraineeSupportPeriodReading.ANNIVERSARY_EXCLUDED, Ceiling3500Reading.EXCLUDED_PER_TITLE, HourlyRates.published());
    private static final LocalDate FIRST = LocalDate.of(2025, 1, 1);
    private static final Service[] SERVICES = Service.values();

    @Test
    void everyOutcomeExplainsItselfStepByStepWithItsArticles() {
        qt().forAll(integers().between(0, SERVICES.length - 1), integers().between(0, 2 * 365), integers().between(1, 40),
                        booleans().all())
                .checkAssert((s, day, quarters, member) -> {
                    LocalDate date = FIRST.plusDays(day);
                    Service service = SERVICES[s];
                    Hours hours = Hours.ofFraction(quarters, 4);
                    Intervention i = service == Service.TRAINEE_SUPPORT
                            ? Intervention.traineeSupport(date, Graduate.of("Camille Martin", FIRST), hours, quarters % 2 == 0)
                            : Intervention.of(date, service, hours);
                    Membership m = member ? Membership.ofYears(Year.from(date)) : Membership.none();
                    InterventionOutcome o = BILLING.invoice(TestCommunes.clesse(), m, List.of(i), date).outcomes().get(0);
                    List<TraceStep> steps = o.explanation().steps();
                    TraceStep first = steps.get(0);
                    check(first.citations().equals(List.of(Cdg79Articles.HOURLY_RATES, Cdg79Articles.DURATION))
                            && first.inputs().get("date").equals(date.toString()), o, "membership step");
                    check(steps.get(1).citations().equals(BILLING.catalogue().terms(service).citations())
                            && steps.get(1).inputs().get("service").equals(service.name()), o, "treatment step");
                    check(steps.stream().noneMatch(t -> t.citations().isEmpty()), o, "a step without article");
                    TraceStep last = steps.get(steps.size() - 1);
                    check(o.reason().equals(last.result()), o, "reason = last result");
                    if (o.kind() == OutcomeKind.BILLED) {
                        ParameterUse rate = o.line().orElseThrow().tariff().orElseThrow();
                        check(last.citations().equals(List.of(Cdg79Articles.HOURLY_RATES))
                                && last.parameters().equals(List.of(rate))
                                && last.result().endsWith(" = " + o.amountDue().toDisplayString()), o, "rate step");
                    } else {
                        check(last.rule().equals("amount due for the intervention") && last.parameters().isEmpty(), o,
                                "amount step");
                    }
                });
    }

    private static void check(boolean ok, InterventionOutcome o, String what) {
        if (!ok) {
            throw new AssertionError(what + ": " + o.explanation().render());
        }
    }
}

package fr.cdgrules.core.feerun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.cdgrules.core.billing.PaymentTerm;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.explain.TraceStep;
import fr.cdgrules.core.lifecycle.ConventionTerms;
import fr.cdgrules.core.module.AnnualFees;
import fr.cdgrules.core.module.FeeCollection;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.module.SourceText;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.register.CheckedRegister;
import fr.cdgrules.core.register.FakeBody;
import fr.cdgrules.core.register.LateNoticeReading;
import fr.cdgrules.core.register.RegisterCheck;
import fr.cdgrules.core.register.RegisterReader;
import fr.cdgrules.core.territory.Territory;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The fee run as the accountant and the lawyer read it: the reason and articles of every member
 * owing nothing, the object, payment term and articles of every titre, and the refusals naming the
 * module.
 */
class FeeRunInWordsTest {
    private static final Citation PAYMENT = Citation.of("T", "art. 7");
    private static final Citation EXEMPTION = Citation.of("T", "art. 8");

    /** The illustrative body collecting its fee within 30 days (art. 7) and exempting 2027 (art. 8). */
    static final class Collecting implements RuleModule, FeeCollection {
        private final FakeBody body = FakeBody.create();
        private final boolean term;

        Collecting(boolean term) {
            this.term = term;
        }

        @Override
        public String id() {
            return body.id();
        }

        @Override
        public String issuingBody() {
            return body.issuingBody();
        }

        @Override
        public List<SourceText> sources() {
            return body.sources();
        }

        @Override
        public Territory territory() {
            return body.territory();
        }

        @Override
        public ConventionTerms conventionTerms() {
            return body.conventionTerms();
        }

        @Override
        public Optional<AnnualFees> annualFees() {
            AnnualFees fees = body.annualFees().orElseThrow();
            return Optional.of((c, y) -> y.getValue() == 2027 && fees.quote(c, y).eligible()
                    ? fees.quote(c, y).withAnnualFee(Money.ZERO, TraceStep.of("exempt year", EXEMPTION, Map.of(),
                            "0.00 € (first year of the new service)"))
                    : fees.quote(c, y));
        }

        @Override
        public String titreObject(Year year) {
            return "Cotisation " + year + " au service illustratif";
        }

        @Override
        public Optional<PaymentTerm> paymentTerm() {
            return term ? Optional.of(PaymentTerm.ofDays(30, PAYMENT)) : Optional.empty();
        }
    }

    private static final String CSV = "code,decisionDate,joiningYear,noticeOn,terminatedOn,population\n"
            + "99010,2025-12-01,2026,,,\n"
            + "99030,2026-05-01,2027,,,\n"
            + "99040,2023-12-01,2024,,2025-06-30,\n"
            + "99900,2025-12-01,2026,,,\n";

    private static FeeRun run(RuleModule module, int year, FeeRunOptions options) {
        CheckedRegister c = RegisterCheck.check(RegisterReader.csv(CSV), module, FeeRunTest.DIR, LateNoticeReading.KEEP_ROW);
        return FeeRun.of(c, module, Year.of(year), options);
    }

    @Test
    void membersOwingNothingAreListedWithTheReasonAndArticles() {
        FeeRun r = run(FakeBody.create(), 2026, FeeRunOptions.issuedOn(LocalDate.of(2026, 3, 1)));
        assertEquals("fake", r.module());
        assertEquals(Year.of(2026), r.year());
        List<Citation> membership = List.of(Citation.of("T", "art. 1"), Citation.of("T", "art. 4"));
        assertEquals(List.of(
                new NoFee(3, "99030", "Commune 99030", NoFeeReason.NOT_YET_JOINED, "member from 2027-01-01 (joined from"
                        + " 2027-01-01 (budget year 2027); last day in force 2030-12-31)", membership),
                new NoFee(4, "99040", "Commune 99040", NoFeeReason.ENDED, "membership ended on 2025-06-30 (joined from"
                        + " 2024-01-01 (budget year 2024); ended on 2025-06-30 (recorded in the register))", membership),
                new NoFee(5, "99900", "Commune 99900", NoFeeReason.NOT_ELIGIBLE, "population outside the scale: 6300"
                        + " inhabitants is above the last stratum (1999)", List.of(Citation.of("T", "art. 1"),
                                Citation.of("T", "art. 3")))), r.noFee());
        TitreLine line = r.lines().get(0);
        assertEquals("Annual fee 2026 (fake)", line.object());
        assertEquals("INSEE 2026", line.populationSource());
        assertEquals(70, line.population());
        assertEquals("Moins de 500", line.stratum());
        assertEquals(List.of(Citation.of("T", "art. 1"), Citation.of("T", "art. 3")), line.citations());
        assertEquals(Optional.empty(), line.paymentTerm());
        assertEquals(Optional.empty(), line.siren());
        assertEquals("fake.fee", line.tariff().parameter());
    }

    @Test
    void theTitreCarriesTheModulesObjectPaymentTermAndItsArticle() {
        FeeRun r = run(new Collecting(true), 2026, FeeRunOptions.issuedOn(LocalDate.of(2026, 3, 1))
                .withReceivedOn(LocalDate.of(2026, 3, 4)));
        TitreLine line = r.lines().get(0);
        assertEquals("Cotisation 2026 au service illustratif", line.object());
        assertEquals(Optional.of("30 days after receipt of the titre (T art. 7)"), line.paymentTerm());
        assertEquals(Optional.of(LocalDate.of(2026, 4, 3)), line.dueDate());
        assertEquals(List.of(Citation.of("T", "art. 1"), Citation.of("T", "art. 3"), PAYMENT), line.citations());
        FeeRun notReceived = run(new Collecting(true), 2026, FeeRunOptions.issuedOn(LocalDate.of(2026, 3, 1)));
        assertEquals(Optional.empty(), notReceived.lines().get(0).dueDate());
        assertEquals(Optional.of("30 days after receipt of the titre (T art. 7)"), notReceived.lines().get(0).paymentTerm());
        FeeRun noTerm = run(new Collecting(false), 2026, FeeRunOptions.issuedOn(LocalDate.of(2026, 3, 1))
                .withReceivedOn(LocalDate.of(2026, 3, 4)));
        assertEquals(Optional.empty(), noTerm.lines().get(0).dueDate());
        assertEquals(Optional.empty(), noTerm.lines().get(0).paymentTerm());
        assertEquals(List.of(Citation.of("T", "art. 1"), Citation.of("T", "art. 3")), noTerm.lines().get(0).citations());
    }

    @Test
    void anExemptYearIsListedWithTheStepThatExemptsIt() {
        FeeRun r = run(new Collecting(true), 2027, FeeRunOptions.issuedOn(LocalDate.of(2027, 3, 1)));
        NoFee exempt = r.noFee().stream().filter(f -> f.reason() == NoFeeReason.EXEMPT_YEAR).findFirst().orElseThrow();
        assertEquals("99010", exempt.code());
        assertEquals("no fee for 2027: 0.00 € (first year of the new service)", exempt.detail());
        assertEquals(List.of(Citation.of("T", "art. 1"), Citation.of("T", "art. 3"), EXEMPTION), exempt.citations());
        assertEquals(List.of(), r.lines().stream().filter(l -> l.code().equals("99010")).toList());
        assertEquals(Money.ZERO, r.total());
    }

    @Test
    void aRunIsRefusedForAnotherModuleOrAModuleWithoutFees() {
        CheckedRegister c = RegisterCheck.check(RegisterReader.csv(CSV), FakeBody.create(), FeeRunTest.DIR,
                LateNoticeReading.KEEP_ROW);
        RuleModule other = fr.cdgrules.core.descriptor.DescriptorModule.of(fr.cdgrules.core.descriptor.DescriptorLoader
                .resource(FeeRunInWordsTest.class, "/fr/cdgrules/core/descriptor/illustrative-cdg00.yaml"));
        InvalidInputException wrong = assertThrows(InvalidInputException.class,
                () -> FeeRun.of(c, other, Year.of(2026), FeeRunOptions.issuedOn(LocalDate.of(2026, 3, 1))));
        assertEquals("invalid module: the register was checked against fake, not cdg00", wrong.getMessage());
        RuleModule feeless = new RuleModule() {
            @Override
            public String id() {
                return "fake";
            }

            @Override
            public String issuingBody() {
                return "b";
            }

            @Override
            public List<SourceText> sources() {
                return List.of();
            }

            @Override
            public Territory territory() {
                return FakeBody.create().territory();
            }

            @Override
            public ConventionTerms conventionTerms() {
                return FakeBody.create().conventionTerms();
            }
        };
        InvalidInputException none = assertThrows(InvalidInputException.class,
                () -> FeeRun.of(c, feeless, Year.of(2026), FeeRunOptions.issuedOn(LocalDate.of(2026, 3, 1))));
        assertEquals("invalid module: the module fake sets no annual fee", none.getMessage());
    }

    @Test
    void theVintageWarningSaysWhichPopulationToSupply() {
        FeeRun r = run(FakeBody.create(), 2027, FeeRunOptions.issuedOn(LocalDate.of(2027, 3, 1)));
        assertEquals(List.of("populations of vintage 2026 used for 2027: a fee for 2027 should use the legal population"
                + " in force in 2027 (supply it with a population column or a later vintage)"), r.warnings());
    }
}

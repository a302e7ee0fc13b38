package fr.cdgrules.cdg79.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg79.Cdg79Module;
import fr.cdgrules.cdg79.adhesion.RegisterAdmission;
import fr.cdgrules.cdg79.duration.ConventionStartReading;
import fr.cdgrules.core.feerun.FeeRun;
import fr.cdgrules.core.feerun.FeeRunOptions;
import fr.cdgrules.core.module.MembershipRules;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.register.CheckedRegister;
import fr.cdgrules.core.register.LateNoticeReading;
import fr.cdgrules.core.register.Member;
import fr.cdgrules.core.register.RegisterCheck;
import fr.cdgrules.core.register.RegisterReader;
import fr.cdgrules.core.register.RowProblem;
import fr.cdgrules.core.territory.Collectivity;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The register rows of the CDG79 are read as decisions to join (« à compter de l'exercice budgétaire
 * N », 001) whose convention starts where the module's start reading places it (000 art. 4), through
 * the module's {@link MembershipRules}.
 */
class RegisterAdmissionTest {
    static CheckedRegister check(RuleModule m, LateNoticeReading late) throws IOException {
        Map<String, Collectivity> dir = Cdg79FeeRunTest.directory();
        return RegisterCheck.check(RegisterReader.read(Cdg79FeeRunTest.SAMPLE), m, code -> Optional.ofNullable(dir.get(code)),
                late);
    }

    static Member clesse(CheckedRegister r) {
        return r.members().stream().filter(m -> m.row().code().equals("79094")).findFirst().orElseThrow();
    }

    @Test
    void theModuleOffersItsOwnReadingOfARegisterRowUnderItsStartReading() {
        MembershipRules rules = new Cdg79Module().capability(MembershipRules.class).orElseThrow();
        assertTrue(rules instanceof RegisterAdmission);
        assertEquals(ConventionStartReading.FIRST_DAY_OF_CIVIL_YEAR, ((RegisterAdmission) rules).duration().startReading());
        RegisterAdmission signature = (RegisterAdmission) new Cdg79Module()
                .withReadings(Map.of("conventionStart", "DATE_OF_SIGNATURE")).capability(MembershipRules.class).orElseThrow();
        assertEquals(ConventionStartReading.DATE_OF_SIGNATURE, signature.duration().startReading());
    }

    @Test
    void clesseDecidedOn23April2026IsAMemberFrom1January2026ByDefault() throws IOException {
        Member m = clesse(check(new Cdg79Module(), LateNoticeReading.KEEP_ROW));
        assertEquals(LocalDate.of(2026, 1, 1), m.firstDay());
        assertEquals(LocalDate.of(2029, 12, 31), m.lastDay());
        assertEquals("joined from 2026-01-01 (budget year 2026); last day in force 2029-12-31", m.period());
    }

    @Test
    void underTheDateOfSignatureReadingClesseIsAMemberFromItsDecision() throws IOException {
        Cdg79Module signature = new Cdg79Module().withReadings(Map.of("conventionStart", "DATE_OF_SIGNATURE"));
        Member m = clesse(check(signature, LateNoticeReading.KEEP_ROW));
        assertEquals(LocalDate.of(2026, 4, 23), m.firstDay());
        assertEquals(LocalDate.of(2030, 4, 22), m.lastDay()); // two years and one renewal from 23 April 2026
        assertEquals("joined from 2026-04-23 (budget year 2026); last day in force 2030-04-22", m.period());
        // a decision taken before the year joined still starts on 1 January of that year
        Member aiffresLike = check(signature, LateNoticeReading.KEEP_ROW).members().stream()
                .filter(x -> x.row().code().equals("79005")).findFirst().orElseThrow(); // decided 2025-12-02 for 2026
        assertEquals(LocalDate.of(2026, 1, 1), aiffresLike.firstDay());
        // the 2026 run still bills the whole civil year (« valable pour une année civile », art. 4)
        FeeRun run = FeeRun.of(check(signature, LateNoticeReading.KEEP_ROW), signature, Year.of(2026),
                FeeRunOptions.issuedOn(LocalDate.of(2026, 3, 2)));
        assertEquals(37, run.lines().size());
        assertEquals(Money.ofEuros(5650), run.total());
    }

    @Test
    void theCallersLateNoticeReadingStillApplies() throws IOException {
        CheckedRegister kept = check(new Cdg79Module(), LateNoticeReading.KEEP_ROW);
        assertTrue(kept.members().stream().anyMatch(m -> m.row().code().equals("79009")));
        CheckedRegister strict = check(new Cdg79Module(), LateNoticeReading.REJECT_ROW);
        assertTrue(strict.members().stream().noneMatch(m -> m.row().code().equals("79009")));
        assertTrue(strict.rejected().stream().anyMatch(p -> p.line() == 38 && p.field().equals("noticeOn")),
                strict.rejected().stream().map(RowProblem::toString).toList().toString());
    }

    @Test
    void aDecisionOf29February2028RunsToTheDayBefore29February2032UnderTheSignatureReading() {
        MembershipRules signature = new Cdg79Module().withReadings(Map.of("conventionStart", "DATE_OF_SIGNATURE"))
                .capability(MembershipRules.class).orElseThrow();
        Member m = signature.admit(fr.cdgrules.core.register.RegisterRow.of(2, "79094", LocalDate.of(2028, 2, 29),
                Year.of(2028)), fr.cdgrules.cdg79.TestCommunes.clesse()).member().orElseThrow();
        assertEquals(LocalDate.of(2028, 2, 29), m.firstDay());
        assertEquals(LocalDate.of(2032, 2, 28), m.lastDay());
    }
}

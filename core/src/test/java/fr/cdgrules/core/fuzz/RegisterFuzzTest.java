package fr.cdgrules.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.limits.Limits;
import fr.cdgrules.core.register.MembershipRegister;
import fr.cdgrules.core.register.RegisterReader;
import fr.cdgrules.core.register.RegisterRow;
import fr.cdgrules.core.register.RowProblem;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz targets for the membership register readers (CSV and JSON). Oracle: the register is read (rows
 * within the supported dates, written back as CSV it reads the same) or refused with an
 * {@link InvalidInputException} whose message names no Java type; malformed rows are reported with
 * a field and a message. Corpus: {@code RegisterFuzzTestInputs/<method>/}.
 */
class RegisterFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void csv(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        try {
            check(RegisterReader.csv(text), text);
        } catch (InvalidInputException e) {
            FuzzOracle.humane(e.getMessage(), text);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void json(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        try {
            check(RegisterReader.json(text), text);
        } catch (InvalidInputException e) {
            FuzzOracle.humane(e.getMessage(), text);
        }
    }

    private static void check(MembershipRegister register, String input) {
        for (RowProblem p : register.malformed()) {
            if (p.field().isEmpty()) {
                throw new AssertionError("a row problem without a field: " + p);
            }
            FuzzOracle.humane(p.message(), input);
        }
        List<RegisterRow> expected = new ArrayList<>();
        StringBuilder csv = new StringBuilder("code,decisionDate,joiningYear,noticeOn,terminatedOn,population,noticeReason\n");
        int line = 2;
        for (RegisterRow r : register.rows()) {
            inRange(r.decisionDate());
            r.noticeOn().ifPresent(RegisterFuzzTest::inRange);
            r.terminatedOn().ifPresent(RegisterFuzzTest::inRange);
            if (r.joiningYear().getValue() < Limits.MIN_YEAR || r.joiningYear().getValue() > Limits.MAX_YEAR) {
                throw new AssertionError("a year outside the supported range was accepted: " + r);
            }
            String reason = r.noticeReason().orElse("");
            csv.append(r.code()).append(',').append(r.decisionDate()).append(',').append(r.joiningYear()).append(',')
                    .append(r.noticeOn().map(LocalDate::toString).orElse("")).append(',')
                    .append(r.terminatedOn().map(LocalDate::toString).orElse("")).append(',')
                    .append(r.population().isPresent() ? Long.toString(r.population().getAsLong()) : "").append(',')
                    .append('"').append(reason.replace("\"", "\"\"")).append("\"\n");
            RegisterRow e = RegisterRow.of(line, r.code(), r.decisionDate(), r.joiningYear());
            e = r.noticeOn().map(e::withNoticeOn).orElse(e);
            e = r.noticeReason().map(e::withNoticeReason).orElse(e);
            e = r.terminatedOn().map(e::withTerminatedOn).orElse(e);
            e = r.population().isPresent() ? e.withPopulation(r.population().getAsLong()) : e;
            expected.add(e);
            line += 1 + (int) reason.chars().filter(c -> c == '\n').count();
        }
        MembershipRegister again = RegisterReader.csv(csv.toString());
        if (!again.malformed().isEmpty() || !again.rows().equals(expected)) {
            throw new AssertionError("written back as CSV, the register reads differently:\n" + csv + "\n"
                    + again.rows() + again.malformed());
        }
    }

    private static void inRange(LocalDate d) {
        if (d.isBefore(Limits.MIN_DATE) || d.isAfter(Limits.MAX_DATE)) {
            throw new AssertionError("a date outside the supported range was accepted: " + d);
        }
    }
}

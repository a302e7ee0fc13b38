package fr.cdgrules.cli;

import fr.cdgrules.cli.data.Commune;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.population.PopulationBasis;
import fr.cdgrules.core.register.CheckedRegister;
import fr.cdgrules.core.register.LateNoticeReading;
import fr.cdgrules.core.register.MembershipRegister;
import fr.cdgrules.core.register.RegisterCheck;
import fr.cdgrules.core.register.RegisterReader;
import fr.cdgrules.core.territory.Collectivity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Reads a membership register and a file of populations, and checks the register against a module over the bundled communes. */
final class RegisterInput {
    private RegisterInput() {}

    /**
     * @param context the context
     * @param module the module
     * @param file the register (CSV, or JSON when the name ends in .json)
     * @return the checked register
     * @throws UsageException (exit 2) if the file cannot be read or is not a register
     */
    static CheckedRegister check(CliContext context, RuleModule module, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("cannot read --register " + file + ": no such file");
        }
        MembershipRegister register;
        try {
            register = RegisterReader.read(file);
        } catch (InvalidInputException e) {
            throw new UsageException("invalid --register " + file + ": " + e.getMessage());
        }
        return RegisterCheck.check(register, module, directory(context), LateNoticeReading.defaultReading());
    }

    /** @return the bundled communes that have a population, by INSEE code */
    static Function<String, Optional<Collectivity>> directory(CliContext context) {
        return code -> context.communes().find(code).filter(Commune::hasPopulation).map(Commune::collectivity);
    }

    /** @return the SIREN of a bundled commune, by INSEE code */
    static Function<String, Optional<String>> siren(CliContext context) {
        return code -> context.communes().find(code).flatMap(c -> c.data().siren());
    }

    /**
     * Reads legal populations of another vintage: a CSV file with the header {@code code,population}.
     *
     * @param file the file
     * @param vintage their INSEE vintage
     * @return the populations by INSEE code
     * @throws UsageException (exit 2) if the file cannot be read or a line is malformed
     */
    static Map<String, Population> populations(Path file, Year vintage) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UsageException("cannot read --populations " + file + ": no such file");
        } catch (IOException e) {
            throw new UsageException("cannot read --populations " + file + ": " + e.getMessage());
        }
        String[] lines = text.replace("\r", "").replace("\uFEFF", "").split("\n");
        if (lines.length == 0 || !lines[0].strip().equals("code,population")) {
            throw new UsageException("invalid --populations " + file + ": the header must be 'code,population'");
        }
        Map<String, Population> m = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] f = lines[i].split(",", -1);
            if (f.length != 2 || !ArgumentShapes.inseeCode(f[0].strip()) || !f[1].strip().matches("\\d{1,12}")) {
                throw new UsageException("invalid --populations " + file + ": line " + (i + 1) + " is not 'code,population'");
            }
            m.put(f[0].strip(), Population.of(Long.parseLong(f[1].strip()), PopulationBasis.MUNICIPALE, vintage));
        }
        return m;
    }
}

package fr.cdgrules.cli;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.citation.Source;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.strata.StrataScale;
import fr.cdgrules.core.strata.Stratum;
import fr.cdgrules.core.timeline.Version;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the proposed fee scale of {@code --parameters FILE}: a descriptor parameter fragment
 * ({@code module}, then {@code parameters} → name → {@code versions}, each with {@code effective},
 * {@code decision}, {@code article} and {@code strata} of {@code from}, {@code to}, {@code wording},
 * {@code fee}). Only the fee scale is read: exactly one version with {@code strata} is expected.
 *
 * <p>ADAPTER: to be replaced by the descriptor loader's fragment reading once it lands, keeping the
 * same file format.
 */
final class ParametersFile {
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private ParametersFile() {}

    /**
     * @param file the fragment
     * @param moduleId the module it must be for (when it says)
     * @return the proposed scale version, with its act and article
     * @throws UsageException (exit 2) if the file cannot be read or is not such a fragment
     */
    static Version<StrataScale> feeScale(Path file, String moduleId) {
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UsageException("cannot read --parameters " + file + ": " + e.getMessage());
        } catch (JacksonException e) {
            throw new UsageException("invalid --parameters " + file + ": not YAML: " + e.getOriginalMessage());
        }
        String where = "--parameters " + file;
        if (root == null || !root.isObject() || !root.path("parameters").isObject()) {
            throw new UsageException("invalid " + where + ": expected 'parameters:' with named parameters");
        }
        if (root.has("module") && !root.path("module").asString().equals(moduleId)) {
            throw new UsageException("invalid " + where + ": the fragment is for module '" + root.path("module").asString()
                    + "', not '" + moduleId + "'");
        }
        List<Version<StrataScale>> found = new ArrayList<>();
        for (Map.Entry<String, JsonNode> p : root.path("parameters").properties()) {
            JsonNode versions = p.getValue().path("versions");
            for (int i = 0; i < versions.size(); i++) {
                JsonNode v = versions.get(i);
                if (v.has("strata")) {
                    found.add(version(v, where + ": parameters." + p.getKey() + ".versions[" + i + "]"));
                }
            }
        }
        if (found.size() != 1) {
            throw new UsageException("invalid " + where + ": expected exactly one version with 'strata' (a fee scale), found "
                    + found.size());
        }
        return found.get(0);
    }

    private static Version<StrataScale> version(JsonNode v, String path) {
        try {
            LocalDate effective = LocalDate.parse(text(v, "effective", path));
            Citation article = Citation.parse(text(v, "article", path));
            Source source = Source.of(text(v, "decision", path), article);
            List<Stratum> strata = new ArrayList<>();
            JsonNode ss = v.path("strata");
            for (int i = 0; i < ss.size(); i++) {
                JsonNode s = ss.get(i);
                String at = path + ".strata[" + i + "]";
                long from = s.path("from").asLong(-1);
                String wording = text(s, "wording", at);
                Money fee = Money.parse(text(s, "fee", at));
                strata.add(s.has("to") ? Stratum.of(from, s.path("to").asLong(), wording, fee)
                        : Stratum.openEnded(from, wording, fee));
            }
            return Version.of(effective, StrataScale.of(strata), source);
        } catch (DateTimeParseException e) {
            throw new UsageException("invalid " + path + ".effective: not a date (YYYY-MM-DD)");
        } catch (InvalidInputException e) {
            throw new UsageException("invalid " + path + ": " + e.getMessage());
        }
    }

    private static String text(JsonNode n, String key, String path) {
        JsonNode v = n.get(key);
        if (v == null || !v.isValueNode() || v.asString().isBlank()) {
            throw new UsageException("invalid " + path + ": '" + key + "' is required");
        }
        return v.asString();
    }
}

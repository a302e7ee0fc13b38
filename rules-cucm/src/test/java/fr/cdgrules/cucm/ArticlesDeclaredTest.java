package fr.cdgrules.cucm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.cucm.source.CucmText;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Convention 1 of the descriptor migration: the module's articles are keys of articles its descriptor declares. */
class ArticlesDeclaredTest {

    @Test
    void everyConstantOfCucmArticlesIsAnArticleOfTheDescriptor() throws IllegalAccessException {
        List<String> missing = new ArrayList<>();
        int n = 0;
        for (Field f : CucmArticles.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Citation.class) {
                n++;
                Citation c = (Citation) f.get(null);
                if (CucmDescriptor.bundled().article(c).isEmpty()) {
                    missing.add(f.getName() + " (" + c + ")");
                }
            }
        }
        assertEquals(List.of(), missing, "constants of CucmArticles that cucm.yaml does not declare");
        assertEquals(15, n, "the articles of CucmArticles");
    }

    @Test
    @SuppressWarnings("deprecation")
    void theDeprecatedAliasesOfCucmTextAreTheSameCitations() throws ReflectiveOperationException {
        for (Field f : CucmText.class.getFields()) {
            if (f.getType() == Citation.class) {
                assertEquals(CucmArticles.class.getField(f.getName()).get(null), f.get(null), f.getName());
            }
        }
        assertEquals("003", CucmText.DOCUMENT);
        assertEquals(CucmDescriptor.bundled().sources().get(0), CucmText.sourceText());
        assertEquals("Délibération du conseil communautaire de la CUCM du 30 juin 2022", CucmText.COUNCIL_DELIBERATION);
    }

    /** No article is written anywhere else in the module's main code: the wording lives in cucm.yaml. */
    @Test
    void noOtherClassOfTheModuleWritesACitation() throws IOException {
        Path main = Path.of("src/main/java");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (p.getFileName().toString().equals("CucmArticles.java")) {
                    continue;
                }
                if (Files.readString(p).contains("Citation.of(")) {
                    offenders.add(main.relativize(p).toString());
                }
            }
        }
        assertTrue(Files.isDirectory(main), "run from the module directory");
        assertEquals(List.of(), offenders);
    }
}

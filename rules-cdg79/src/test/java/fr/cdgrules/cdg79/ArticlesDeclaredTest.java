package fr.cdgrules.cdg79;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.citation.Citation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Convention 1 of the descriptor migration: {@link Cdg79Articles} holds the keys of the articles, the
 * descriptor holds their words, and nothing else in the module declares a citation.
 */
class ArticlesDeclaredTest {
    static List<Citation> constants() throws IllegalAccessException {
        List<Citation> list = new ArrayList<>();
        for (Field f : Cdg79Articles.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Citation.class) {
                list.add((Citation) f.get(null));
            }
        }
        return list;
    }

    @Test
    void everyArticleConstantIsAnArticleOfTheDescriptor() throws IllegalAccessException {
        List<Citation> all = constants();
        assertEquals(25, all.size());
        List<String> missing = all.stream().filter(c -> Cdg79Descriptor.bundled().article(c).isEmpty())
                .map(Citation::toString).toList();
        assertEquals(List.of(), missing, "articles cited by Cdg79Articles but not declared in cdg79.yaml");
    }

    @Test
    void noOtherClassOfTheModuleDeclaresACitation() {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("Cdg79Articles.java")).forEach(p -> {
                try {
                    if (Files.readString(p).contains("Citation.of(")) {
                        offenders.add(p.toString());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(List.of(), offenders, "only Cdg79Articles declares citations");
    }

    @Test
    void everyDeclaredArticleOfTheConventionHasItsHeadingInTheDescriptor() {
        List<String> without = Cdg79Descriptor.bundled().articles().stream()
                .filter(a -> a.citation().document().equals(Cdg79Articles.CONVENTION))
                .filter(a -> a.heading().isEmpty()).map(a -> a.citation().toString()).toList();
        assertTrue(without.isEmpty(), "articles of 000 without a heading: " + without);
    }
}

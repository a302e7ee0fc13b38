package fr.cdgrules.cdg62;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.descriptor.Descriptor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every constant of {@link Cdg62Articles} is an article the descriptor declares (the wording is there). */
class ArticlesDeclaredTest {
    @Test
    void everyArticleConstantIsDeclaredInTheDescriptor() throws IllegalAccessException {
        Descriptor d = Cdg62Descriptor.bundled();
        List<String> missing = new ArrayList<>();
        int constants = 0;
        for (Field f : Cdg62Articles.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Citation.class) {
                constants++;
                Citation c = (Citation) f.get(null);
                if (d.article(c).isEmpty()) {
                    missing.add(f.getName() + " = " + c);
                }
            }
        }
        assertTrue(missing.isEmpty(), "not declared in " + d.file() + ": " + missing);
        assertEquals(d.articles().size(), constants, "one constant per declared article");
    }
}

package fr.cdgrules.cli.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The public types of the packages a module's {@code module-info} exports, read from its compiled classes. */
final class ExportedTypes {
    private ExportedTypes() {}

    /**
     * @param anchor any class of the module
     * @return the public top-level and public nested types of its exported packages, by name, without
     *     the Immutables implementations ({@code Immutable*}, covered by their abstract type)
     */
    static List<Class<?>> of(Class<?> anchor) {
        try {
            Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                return scan(location, anchor.getClassLoader());
            }
            try (FileSystem jar = FileSystems.newFileSystem(location)) {
                return scan(jar.getPath("/"), anchor.getClassLoader());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Class<?>> scan(Path root, ClassLoader loader) throws IOException {
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(root.resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        List<Class<?>> out = new ArrayList<>();
        for (ModuleDescriptor.Exports e : descriptor.exports()) {
            if (e.isQualified()) {
                continue;
            }
            Path dir = root.resolve(e.source().replace('.', '/'));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                    String simple = f.getFileName().toString().replace(".class", "");
                    if (simple.equals("package-info")) {
                        continue;
                    }
                    Class<?> c;
                    try {
                        c = Class.forName(e.source() + "." + simple, false, loader);
                    } catch (ClassNotFoundException ex) {
                        throw new IllegalStateException(ex);
                    }
                    if (isPublic(c) && !c.isAnonymousClass() && !c.isSynthetic()
                            && !c.getSimpleName().startsWith("Immutable")
                            && (c.getEnclosingClass() == null || !c.getEnclosingClass().getSimpleName().startsWith("Immutable"))) {
                        out.add(c);
                    }
                }
            }
        }
        out.sort(Comparator.comparing(Class::getName));
        return out;
    }

    private static boolean isPublic(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (!Modifier.isPublic(k.getModifiers())) {
                return false;
            }
        }
        return true;
    }
}

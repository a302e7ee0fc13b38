package fr.cdgrules.core.module;

import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.error.UnknownRuleModuleException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The rule modules found through {@link ServiceLoader}, by id. Immutable once loaded.
 *
 * <p>Loading instantiates every module found; the bundled modules read their descriptor and tariff data
 * on first use, so that a caller pays only for the modules it uses (a module of another body should do
 * the same: see docs/ARCHITECTURE.md). Keep the instance, or the module, rather than calling
 * {@link #load()} for each computation. {@link #load()} itself keeps the registry of the application
 * class loader, so that later calls from it cost a field read.
 */
public final class RuleModules {
    /** The registry loaded through the application class loader, once loaded (rule modules are immutable). */
    private static volatile RuleModules ofApplication;

    private final List<RuleModule> modules;

    private RuleModules(List<RuleModule> modules) {
        this.modules = modules;
    }

    /**
     * Loads every {@link RuleModule} visible to this module's layer or the class path. The first call
     * from the application class loader (the thread's context class loader, as {@link ServiceLoader}
     * uses) is kept and returned again by later calls from it; other class loaders load afresh.
     *
     * @return the modules, sorted by id
     * @throws InvalidInputException if two modules share an id
     */
    public static RuleModules load() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != ClassLoader.getSystemClassLoader()) {
            return loadNow();
        }
        RuleModules kept = ofApplication;
        if (kept == null) {
            kept = loadNow();
            ofApplication = kept;
        }
        return kept;
    }

    private static RuleModules loadNow() {
        List<RuleModule> list = new ArrayList<>();
        for (RuleModule m : ServiceLoader.load(RuleModule.class)) {
            list.add(m);
        }
        return of(list);
    }

    /**
     * The {@link ServiceLoader} modules plus one module per descriptor found in the given files or
     * directories ({@code *.yaml}, {@code *.yml}): a body defined by a descriptor alone needs no Java.
     * A descriptor whose id is that of a loaded module replaces it.
     *
     * @param paths descriptor files or directories
     * @return the modules, sorted by id
     * @throws fr.cdgrules.core.descriptor.InvalidDescriptorException listing every error of every descriptor
     */
    public static RuleModules load(List<java.nio.file.Path> paths) {
        return load().withDescriptors(paths);
    }

    /**
     * @param paths descriptor files or directories
     * @return these modules plus one per descriptor; a descriptor replaces a module of the same id
     * @throws fr.cdgrules.core.descriptor.InvalidDescriptorException listing every error of every descriptor
     */
    public RuleModules withDescriptors(List<java.nio.file.Path> paths) {
        List<RuleModule> added = new ArrayList<>();
        for (java.nio.file.Path p : paths) {
            List<fr.cdgrules.core.descriptor.Descriptor> ds = java.nio.file.Files.isDirectory(p)
                    ? fr.cdgrules.core.descriptor.DescriptorLoader.loadDirectory(p)
                    : List.of(fr.cdgrules.core.descriptor.DescriptorLoader.load(p));
            ds.forEach(d -> added.add(fr.cdgrules.core.descriptor.DescriptorModule.of(d)));
        }
        List<RuleModule> list = new ArrayList<>();
        for (RuleModule m : modules) {
            if (added.stream().noneMatch(a -> a.id().equals(m.id()))) {
                list.add(m);
            }
        }
        list.addAll(added);
        return of(list);
    }

    /**
     * @param modules the modules
     * @return a registry of these modules
     * @throws InvalidInputException if two modules share an id
     */
    public static RuleModules of(List<RuleModule> modules) {
        java.util.Objects.requireNonNull(modules, "modules");
        List<RuleModule> sorted = new ArrayList<>(modules);
        // (not Comparator.comparing, whose lambda a one-shot command would spin at run time)
        sorted.sort((a, b) -> a.id().compareTo(b.id()));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
                throw new InvalidInputException("module", null, "two rule modules have the id '" + sorted.get(i).id() + "'");
            }
        }
        return new RuleModules(List.copyOf(sorted));
    }

    /** @return the modules, sorted by id */
    public List<RuleModule> all() {
        return modules;
    }

    /** @return the ids, sorted */
    public List<String> ids() {
        return modules.stream().map(RuleModule::id).toList();
    }

    /**
     * @param id a module id
     * @return the module, if found
     */
    public Optional<RuleModule> find(String id) {
        Objects.requireNonNull(id, "id");
        for (RuleModule m : modules) {
            if (m.id().equals(id)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * @param id a module id
     * @return the module
     * @throws UnknownRuleModuleException if none has that id
     */
    public RuleModule get(String id) {
        return find(id).orElseThrow(() -> new UnknownRuleModuleException(id, ids()));
    }
}

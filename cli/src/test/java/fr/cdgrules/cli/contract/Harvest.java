package fr.cdgrules.cli.contract;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Obtains instances of the exported types by exploring the public API: from roots (sample inputs, the
 * loaded modules), every public method whose arguments can be supplied (from instances already found or
 * from a few fixed values: 2026, 2026-05-15, "79094"…) is called, and every value of a library type it
 * returns (or holds in a collection or an optional) is kept, under the path that produced it. The
 * exploration is deterministic: two explorations give, path by path, values that must be equal.
 */
final class Harvest {
    private static final int PER_CLASS = 4;
    private static final int ROUNDS = 4;

    /** Instances by their class, each with the path that produced it, in the order found. */
    final Map<Class<?>, Map<String, Object>> found = new LinkedHashMap<>();
    /** Exceptions of the library thrown by a call, by class. */
    final Map<Class<?>, Map<String, Throwable>> thrown = new LinkedHashMap<>();
    private final Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Class<?>> types;

    Harvest(List<Class<?>> types) {
        this.types = types;
    }

    /** Adds a root value. */
    void root(String path, Object value) {
        keep(path, value);
    }

    /** Explores from the roots and the static methods of the types. */
    Harvest explore() {
        for (Class<?> t : types) {
            if (t.isEnum()) {
                Object[] constants = t.getEnumConstants();
                for (int i = 0; i < constants.length; i++) {
                    keep(t.getSimpleName() + "." + ((Enum<?>) constants[i]).name(), constants[i]);
                }
            }
        }
        for (int round = 0; round < ROUNDS; round++) {
            for (Class<?> t : types) {
                for (Method m : methods(t)) {
                    if (Modifier.isStatic(m.getModifiers())) {
                        call(t.getSimpleName(), null, m);
                    } else {
                        for (Map.Entry<String, Object> e : instancesOf(t)) {
                            call(e.getKey(), e.getValue(), m);
                        }
                    }
                }
            }
        }
        return this;
    }

    /** @return the instances of a type (or of its subtypes), with their paths, at most a few */
    List<Map.Entry<String, Object>> instancesOf(Class<?> t) {
        List<Map.Entry<String, Object>> out = new ArrayList<>();
        for (Map.Entry<Class<?>, Map<String, Object>> e : found.entrySet()) {
            if (t.isAssignableFrom(e.getKey())) {
                out.addAll(e.getValue().entrySet());
            }
        }
        return out.size() > PER_CLASS ? out.subList(0, PER_CLASS) : out;
    }

    private static List<Method> methods(Class<?> t) {
        List<Method> out = new ArrayList<>();
        for (Method m : t.getMethods()) {
            if (m.getDeclaringClass() == Object.class || m.getDeclaringClass().getName().startsWith("java.")
                    || m.isSynthetic() || m.isBridge() || m.getName().equals("main")
                    || m.getName().equals("hashCode") || m.getName().equals("equals") || m.getName().equals("toString")) {
                continue;
            }
            out.add(m);
        }
        out.sort(Comparator.comparing(Method::toGenericString));
        return out;
    }

    private void call(String on, Object target, Method m) {
        Type[] params = m.getGenericParameterTypes();
        Object[] args = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            Optional<Object> a = argument(params[i]);
            if (a.isEmpty()) {
                return;
            }
            args[i] = a.get();
        }
        if (invoke(on, target, m, args)) {
            return;
        }
        // refused with the first candidates: try the other instances found, one argument at a time
        for (int i = 0; i < params.length; i++) {
            if (params[i] instanceof Class<?> c && c.getName().startsWith("fr.cdgrules.") && !c.isEnum()) {
                Object original = args[i];
                for (Map.Entry<String, Object> alternative : instancesOf(c)) {
                    if (alternative.getValue() != original) {
                        args[i] = alternative.getValue();
                        if (invoke(on, target, m, args)) {
                            return;
                        }
                    }
                }
                args[i] = original;
            }
        }
    }

    private boolean invoke(String on, Object target, Method m, Object[] args) {
        StringBuilder path = new StringBuilder(on).append('.').append(m.getName()).append('(');
        for (int i = 0; i < args.length; i++) {
            path.append(i == 0 ? "" : ",").append(describe(args[i]));
        }
        String p = path.append(')').toString();
        try {
            keep(p, m.invoke(target, args));
            return true;
        } catch (java.lang.reflect.InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause.getClass().getName().startsWith("fr.cdgrules.")) {
                thrown.computeIfAbsent(cause.getClass(), k -> new LinkedHashMap<>()).putIfAbsent(p, cause);
            }
            return false;
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            return true;
        }
    }

    private String describe(Object arg) {
        for (Map.Entry<Class<?>, Map<String, Object>> e : found.entrySet()) {
            for (Map.Entry<String, Object> i : e.getValue().entrySet()) {
                if (i.getValue() == arg) {
                    return "<" + (i.getKey().length() > 60 ? Integer.toHexString(i.getKey().hashCode()) : i.getKey()) + ">";
                }
            }
        }
        return String.valueOf(arg);
    }

    /** @return a value for an argument of this type, from the instances found or a fixed value; empty if none */
    Optional<Object> argument(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] a = p.getActualTypeArguments();
            if ((raw == List.class || raw == Collection.class) && a.length == 1) {
                if (a[0] instanceof Class<?> e && e.getName().startsWith("fr.cdgrules.")) {
                    List<Object> all = instancesOf(e).stream().map(Map.Entry::getValue).toList();
                    return all.isEmpty() ? Optional.empty() : Optional.of(all);
                }
                return argument(a[0]).map(List::of);
            }
            if (raw == Set.class && a.length == 1) {
                return argument(a[0]).map(Set::of);
            }
            if (raw == Optional.class && a.length == 1) {
                return argument(a[0]).map(Optional::of);
            }
            return raw.getName().startsWith("fr.cdgrules.") ? argument(raw) : Optional.empty();
        }
        if (!(type instanceof Class<?> c)) {
            return Optional.empty();
        }
        if (c == String.class) {
            return Optional.of("79094");
        }
        if (c == int.class || c == Integer.class) {
            return Optional.of(2026);
        }
        if (c == long.class || c == Long.class) {
            return Optional.of(977L);
        }
        if (c == boolean.class || c == Boolean.class) {
            return Optional.of(false);
        }
        if (c == BigDecimal.class) {
            return Optional.of(new BigDecimal("12.50"));
        }
        if (c == LocalDate.class) {
            return Optional.of(LocalDate.of(2026, 5, 15));
        }
        if (c == Year.class) {
            return Optional.of(Year.of(2026));
        }
        if (c == YearMonth.class) {
            return Optional.of(YearMonth.of(2026, 5));
        }
        if (c == Period.class) {
            return Optional.of(Period.ofYears(1));
        }
        if (c.getName().startsWith("fr.cdgrules.")) {
            List<Map.Entry<String, Object>> i = instancesOf(c);
            return i.isEmpty() ? Optional.empty() : Optional.of(i.get(0).getValue());
        }
        return Optional.empty();
    }

    private void keep(String path, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Optional<?> o) {
            o.ifPresent(v -> keep(path + ".get", v));
            return;
        }
        if (value instanceof Collection<?> c) {
            int i = 0;
            for (Object v : c) {
                if (i >= PER_CLASS * 2) {
                    break;
                }
                keep(path + "[" + i++ + "]", v);
            }
            return;
        }
        if (value instanceof Map<?, ?> m) {
            int i = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (i >= PER_CLASS * 2) {
                    break;
                }
                keep(path + "{" + i + "}", e.getKey());
                keep(path + "[" + i++ + "]", e.getValue());
            }
            return;
        }
        if (!value.getClass().getName().startsWith("fr.cdgrules.") || !seen.add(value)) {
            return;
        }
        Map<String, Object> of = found.computeIfAbsent(value.getClass(), k -> new LinkedHashMap<>());
        if (of.size() < PER_CLASS) {
            of.putIfAbsent(path, value);
        }
    }
}

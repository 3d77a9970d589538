package org.argclinic;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Records whose {@code equals} and {@code hashCode} are written by hand (so that a cold run does
 * not bootstrap the generated ones) are compared by every component: for each such record in the
 * generator, an instance equals a copy of itself with the same hash, and differs from the copy with
 * any one component changed. A component added later and left out of {@code equals} fails here; as
 * cache keys (the render cache's view models) such records would otherwise return stale text.
 */
class HandWrittenEqualsTest {
  static List<Class<?>> handWritten() {
    List<Class<?>> out = new ArrayList<>();
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.argclinic")) {
      if (c.isRecord()) {
        Class<?> r = c.reflect();
        try {
          // javac declares a record's own equals public final; one written by hand is not final.
          if (!Modifier.isFinal(r.getDeclaredMethod("equals", Object.class).getModifiers())) {
            out.add(r);
          }
        } catch (NoSuchMethodException e) {
          throw new AssertionError(e);
        }
      }
    }
    return out;
  }

  @Test
  void everyComponentTakesPartInEqualsAndHashCode() throws Exception {
    List<Class<?>> records = handWritten();
    assertWithMessage("records with hand-written equals found").that(records).isNotEmpty();
    System.out.println("HandWrittenEqualsTest checks " + records.size() + " records: " + records);
    List<String> problems = new ArrayList<>();
    for (Class<?> r : records) {
      RecordComponent[] components = r.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      Object[] values = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        values[i] = sample(components[i].getGenericType(), 0);
      }
      Constructor<?> canonical = r.getDeclaredConstructor(types);
      canonical.setAccessible(true);
      Object a = canonical.newInstance(values);
      Object same = canonical.newInstance(values.clone());
      if (!a.equals(same) || a.hashCode() != same.hashCode()) {
        problems.add(r.getName() + ": equal components, not equal (or another hash)");
      }
      for (int i = 0; i < components.length; i++) {
        Object[] changed = values.clone();
        changed[i] = sample(components[i].getGenericType(), 1);
        Object b = canonical.newInstance(changed);
        if (a.equals(b) || b.equals(a)) {
          problems.add(r.getName() + ": equals ignores " + components[i].getName());
        }
      }
    }
    assertWithMessage("hand-written equals of %s", records).that(problems).isEmpty();
  }

  /** A value of {@code type}; {@code variant} 0 and 1 give two different ones. */
  private static Object sample(Type type, int variant) throws Exception {
    Class<?> raw =
        type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    Type arg = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : String.class;
    if (raw == String.class) {
      return variant == 0 ? "a" : "b";
    } else if (raw == int.class || raw == Integer.class) {
      return variant == 0 ? 1 : 2;
    } else if (raw == long.class) {
      return variant == 0 ? 1L : 2L;
    } else if (raw == boolean.class || raw == Boolean.class) {
      return variant != 0;
    } else if (raw == Path.class) {
      return Path.of(variant == 0 ? "a" : "b");
    } else if (raw.isEnum()) {
      return raw.getEnumConstants()[variant];
    } else if (raw == Optional.class) {
      return variant == 0 ? Optional.empty() : Optional.of(sample(arg, 0));
    } else if (raw == ImmutableList.class || raw == List.class) {
      return variant == 0 ? ImmutableList.of() : ImmutableList.of(sample(arg, 0));
    } else if (raw == ImmutableSet.class || raw == Set.class) {
      return variant == 0 ? ImmutableSet.of() : ImmutableSet.of(sample(arg, 0));
    } else if (raw == ImmutableMap.class || raw == Map.class) {
      return variant == 0 ? ImmutableMap.of() : ImmutableMap.of("k", "v");
    } else if (raw.isRecord()) {
      RecordComponent[] components = raw.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      Object[] values = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        values[i] = sample(components[i].getGenericType(), i == 0 ? variant : 0);
      }
      Constructor<?> c = raw.getDeclaredConstructor(types);
      c.setAccessible(true);
      return c.newInstance(values);
    }
    throw new AssertionError("no sample of " + type + ": add one to HandWrittenEqualsTest");
  }
}

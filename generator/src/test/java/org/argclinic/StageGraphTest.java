package org.argclinic;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stage graph of docs/DESIGN.md, "The pipeline": each package under {@code org.argclinic}
 * depends only on its own stage and earlier ones. ArchUnit reads the compiled classes, so every
 * reference counts (an inline fully-qualified name, a static import, a method reference, a
 * constant's type), not only import lines.
 */
class StageGraphTest {
  /** The stages in order; a stage's packages may use each other. Keep DESIGN.md's table in step. */
  static final List<List<String>> STAGES =
      List.of(
          List.of("diag"),
          List.of("scan"),
          List.of("model"),
          List.of("expr"),
          List.of("parse"),
          List.of("template"),
          List.of("resolve", "resolve.spi"),
          List.of("resolve.cpython"),
          List.of("bind"),
          List.of("emit"),
          List.of("emit.c.pub"),
          List.of("emit.c"),
          List.of("emit.rust"),
          List.of("emit.pyi"),
          List.of("assemble"),
          List.of("write"),
          List.of("run"));

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.argclinic");
  }

  private static String[] packages(List<List<String>> stages) {
    return stages.stream()
        .flatMap(List::stream)
        .map(p -> "org.argclinic." + p)
        .toArray(String[]::new);
  }

  @Test
  void everyPackageHasAStage() {
    Set<String> listed = new TreeSet<>(List.of(packages(STAGES)));
    Set<String> found = new TreeSet<>();
    for (JavaClass c : classes) {
      found.add(c.getPackageName());
    }
    Set<String> missing = new TreeSet<>(found);
    missing.removeAll(listed);
    assertWithMessage("packages missing from StageGraphTest.STAGES (and DESIGN.md's stage table)")
        .that(missing)
        .isEmpty();
    listed.removeAll(found);
    assertWithMessage("stages listed without classes").that(listed).isEmpty();
  }

  @Test
  void eachStageDependsOnlyOnEarlierStages() {
    List<String> violations = new ArrayList<>();
    for (int i = 0; i < STAGES.size() - 1; i++) {
      EvaluationResult result =
          noClasses()
              .that()
              .resideInAnyPackage(packages(STAGES.subList(i, i + 1)))
              .should()
              .dependOnClassesThat()
              .resideInAnyPackage(packages(STAGES.subList(i + 1, STAGES.size())))
              .because("a stage uses only earlier stages (docs/DESIGN.md, \"The pipeline\")")
              .allowEmptyShould(true)
              .evaluate(classes);
      violations.addAll(result.getFailureReport().getDetails());
    }
    assertWithMessage("dependencies against the stage graph (package edges: %s)", backEdges())
        .that(String.join("\n", violations))
        .isEmpty();
  }

  /** Every package edge that points to a later stage, for the failure message. */
  private static Set<String> backEdges() {
    Set<String> edges = new TreeSet<>();
    for (JavaClass c : classes) {
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        String from = c.getPackageName();
        String to = d.getTargetClass().getPackageName();
        if (stage(to) > stage(from)) {
          edges.add(from.substring(PREFIX) + " -> " + to.substring(PREFIX));
        }
      }
    }
    return edges;
  }

  private static final int PREFIX = "org.argclinic.".length();

  private static int stage(String pkg) {
    for (int i = 0; i < STAGES.size(); i++) {
      if (STAGES.get(i).contains(pkg.startsWith("org.argclinic.") ? pkg.substring(PREFIX) : pkg)) {
        return i;
      }
    }
    return -1;
  }
}

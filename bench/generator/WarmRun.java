import com.sun.management.OperatingSystemMXBean;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.argclinic.model.CApi;
import org.argclinic.run.GenerateRequest;
import org.argclinic.run.GenerateResult;
import org.argclinic.run.Generator;
import org.argclinic.run.Generators;

/**
 * The warm, in-process figure of the generator benchmark (as inside a Maven build): one JVM runs
 * generate (or check) --c-api core over a whole tree, again and again.
 *
 * <pre>
 * java -cp cli/target/argclinic.jar bench/generator/WarmRun.java TREE [RUNS] [check] [--exclude GLOB]
 *     runs RUNS times, drops the first third (JIT warm-up), prints "WALL_MS CPU_MS" medians
 * java -cp cli/target/argclinic.jar bench/generator/WarmRun.java TREE serve [check] [--exclude GLOB]
 *     one run per line read from stdin, printing "WALL_MS CPU_MS" after each: the bench script
 *     drives it so that warm runs alternate with the other commands it times
 * </pre>
 *
 * CPU_MS is the process CPU time of the run (all threads), which the machine's other load skews
 * less than wall time.
 */
public final class WarmRun {
  public static void main(String[] args) throws Exception {
    Path tree = Path.of(args[0]);
    List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
    List<String> excludes = new ArrayList<>();
    int x;
    while ((x = rest.indexOf("--exclude")) >= 0) {
      excludes.add(rest.remove(x + 1));
      rest.remove(x);
    }
    boolean serve = !rest.isEmpty() && rest.get(0).equals("serve");
    int runs = !rest.isEmpty() && !serve ? Integer.parseInt(rest.get(0)) : 15;
    boolean check = rest.size() > 1 && rest.get(1).equals("check");
    // The tree is the project, as for the cold runs started in it (it has no VCS root).
    GenerateRequest request = GenerateRequest.builder().cApi(CApi.CORE).addPath(tree)
        .addExcludes(excludes).defaultProjectRoot(Optional.of(tree)).build();
    Generator g = Generators.standard();
    OperatingSystemMXBean os =
        (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    if (serve) {
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
      while (in.readLine() != null) {
        double[] t = once(g, request, check, os);
        System.out.printf("%.2f %.2f%n", t[0], t[1]);
        System.out.flush();
      }
      return;
    }
    List<Double> walls = new ArrayList<>();
    List<Double> cpus = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      double[] t = once(g, request, check, os);
      if (System.getenv("WARM_VERBOSE") != null) {
        System.err.printf("run %d: %.1f ms wall, %.1f ms cpu%n", i, t[0], t[1]);
      }
      if (i >= runs / 3) {
        walls.add(t[0]);
        cpus.add(t[1]);
      }
    }
    System.out.printf("%.2f %.2f%n", median(walls), median(cpus));
  }

  private static double[] once(Generator g, GenerateRequest request, boolean check,
      OperatingSystemMXBean os) throws Exception {
    long c0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    GenerateResult r = check ? g.check(request) : g.generate(request);
    long t1 = System.nanoTime();
    long c1 = os.getProcessCpuTime();
    if (r.hasErrors() || r.files().isEmpty()) {
      throw new IllegalStateException("the run failed or found no files: " + r.diagnostics());
    }
    return new double[] {(t1 - t0) / 1e6, (c1 - c0) / 1e6};
  }

  private static double median(List<Double> xs) {
    List<Double> s = new ArrayList<>(xs);
    Collections.sort(s);
    return s.get(s.size() / 2);
  }
}

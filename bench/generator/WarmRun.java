import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.argclinic.run.CApi;
import org.argclinic.run.GenerateRequest;
import org.argclinic.run.GenerateResult;
import org.argclinic.run.Generator;
import org.argclinic.run.Generators;

/**
 * The warm, in-process figure of the generator benchmark (as inside a Maven build): one JVM runs
 * generate --c-api core over a tree N times; prints the median of the runs after warm-up, in ms.
 *
 * <p>java -cp cli/target/argclinic.jar bench/generator/WarmRun.java TREE [RUNS] [check]
 */
public final class WarmRun {
  public static void main(String[] args) throws Exception {
    Path tree = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    boolean check = args.length > 2 && args[2].equals("check");
    GenerateRequest.Builder b = GenerateRequest.builder().cApi(CApi.CORE);
    for (String d : new String[] {"Modules", "Objects", "Python", "PC"}) {
      b.addPath(tree.resolve(d));
    }
    GenerateRequest request = b.build();
    Generator g = Generators.standard();
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      GenerateResult r = check ? g.check(request) : g.generate(request);
      long t1 = System.nanoTime();
      if (System.getenv("WARM_VERBOSE") != null) System.err.printf("run %d: %.1f ms%n", i, (t1 - t0) / 1e6);
      if (i >= runs / 3) {
        times.add((t1 - t0) / 1e6);
      }
      if (i == 0) {
        System.err.println("files: " + r.files().size() + ", errors: " + r.hasErrors());
      }
    }
    Collections.sort(times);
    System.out.printf("%.1f%n", times.get(times.size() / 2));
  }
}

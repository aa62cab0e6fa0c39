package kz.jol.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Jol against its floors on the generated national data (issue 9, point 3): runs the benchmark
 * classes of this package whose two methods are {@code jol} (what Jol does) and {@code floor}
 * (the same result by the best hand-written SQL on the same data), in one run, then prints each
 * pair's times and their ratio. The data folder is {@code -Djol.data} (passed on to JMH's
 * forks); further arguments are JMH's own, such as a class pattern ({@code SlaSweep}) or
 * {@code -i 3}. Run through Maven: {@code exec:exec@floors} (README, "Benchmarks").
 */
public final class Floors {

  private Floors() {}

  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    CommandLineOptions command = new CommandLineOptions(args);
    var options = new OptionsBuilder().parent(command)
        .jvmArgsAppend("-Djol.data=" + GeneratedJol.dataFolder());
    if (command.getIncludes().isEmpty()) {
      options.include("kz\\.jol\\.bench\\..*Benchmark\\.(jol|floor)$");
    }
    Collection<RunResult> results = new Runner(options.build()).run();

    Map<String, Map<String, Result<?>>> pairs = new LinkedHashMap<>();
    Map<String, Map<String, RunResult>> runs = new LinkedHashMap<>();
    for (RunResult run : results) {
      String benchmark = run.getParams().getBenchmark();
      int dot = benchmark.lastIndexOf('.');
      String key = benchmark.substring(benchmark.lastIndexOf('.', dot - 1) + 1, dot)
          + params(run);
      pairs.computeIfAbsent(key, k -> new LinkedHashMap<>())
          .put(benchmark.substring(dot + 1), run.getPrimaryResult());
      runs.computeIfAbsent(key, k -> new LinkedHashMap<>())
          .put(benchmark.substring(dot + 1), run);
    }
    System.out.println();
    System.out.println("Jol against its floor (" + GeneratedJol.dataFolder() + ")");
    System.out.printf("%-44s %14s %14s %8s%n", "benchmark", "Jol", "floor", "ratio");
    List<String> missing = new ArrayList<>();
    pairs.forEach((key, pair) -> {
      Result<?> jol = pair.get("jol");
      Result<?> floor = pair.get("floor");
      if (jol == null || floor == null) {
        missing.add(key);
        return;
      }
      System.out.printf("%-44s %11.2f %s %11.2f %s %7.1f×%n", key, jol.getScore(),
          jol.getScoreUnit(), floor.getScore(), floor.getScoreUnit(),
          jol.getScore() / floor.getScore());
      RunResult j = runs.get(key).get("jol");
      RunResult f = runs.get(key).get("floor");
      if (j.getParams().getMode() == org.openjdk.jmh.annotations.Mode.SampleTime) {
        for (double p : new double[] {50, 95, 99}) {
          double a = j.getPrimaryResult().getStatistics().getPercentile(p);
          double b = f.getPrimaryResult().getStatistics().getPercentile(p);
          System.out.printf("%-44s %11.2f %s %11.2f %s %7.1f×%n", "  p" + (int) p, a,
              jol.getScoreUnit(), b, floor.getScoreUnit(), a / b);
        }
      }
    });
    if (!missing.isEmpty()) {
      System.out.println("without a pair (only jol or only floor ran): " + missing);
    }
  }

  private static String params(RunResult run) {
    StringBuilder s = new StringBuilder();
    for (String name : run.getParams().getParamsKeys()) {
      s.append(s.isEmpty() ? " (" : ", ").append(name).append('=')
          .append(run.getParams().getParam(name));
    }
    return s.isEmpty() ? "" : s.append(')').toString();
  }
}

package app.capgo.supportdesk.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The production jar ({@code ./mvnw -B -Pproduction package -DskipTests}) started as its own
 * process on loopback, with its own data folder and SMTP port; measured from outside.
 */
final class ProductionApp implements AutoCloseable {

    static final Path JAR = Path.of("target", "support-desk-0.1.0-SNAPSHOT.jar");

    /**
     * JVM options added to every start, from {@code -Dbenchmark.jvm-options} (separated by spaces), to
     * measure a deployment's flags: e.g. {@code -XX:TieredStopAtLevel=1} or {@code -XX:+UseSerialGC}.
     */
    static final List<String> EXTRA_OPTIONS = java.util.Arrays.stream(System.getProperty("benchmark.jvm-options", "")
            .trim().split("\\s+")).filter(o -> !o.isEmpty()).toList();

    /**
     * Spring AOT's initialisation code, which the production build writes into the jar, used as the README
     * starts the jar ({@code -Dspring.aot.enabled=true}); {@code -Dbenchmark.spring-aot=false} measures
     * the same jar without it.
     */
    static final List<String> SPRING_AOT = Boolean.parseBoolean(System.getProperty("benchmark.spring-aot", "true"))
            ? List.of("-Dspring.aot.enabled=true") : List.of();

    private static boolean copied;

    final int port;
    final int managementPort;
    final Process process;
    /** From the process start to the readiness probe answering UP. */
    final Duration startToReady;

    private ProductionApp(List<String> jvmOptions, Path jar, Path dataDir) throws Exception {
        port = freePort();
        managementPort = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(SPRING_AOT);
        command.addAll(EXTRA_OPTIONS);
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--management.server.port=" + managementPort,
                "--support.data-dir=" + dataDir.toAbsolutePath(), "--support.mail.embedded=true", "--support.mail.embedded-port=0",
                "--support.rate-limit.submissions=1000000", "--support.sessions.new-per-client-per-minute=1000000",
                "--support.mail.confirmations-per-hour=1000000", "--support.status.url=http://127.0.0.1:9/status.json",
                "--logging.level.root=WARN"));
        long start = System.nanoTime();
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dataDir.resolveSibling(dataDir.getFileName() + ".log").toFile()).start();
        HttpClient http = HttpClient.newHttpClient();
        URI readiness = URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness");
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the production jar stopped at start: see " + dataDir + ".log");
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(readiness).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("UP")) {
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        startToReady = Duration.ofNanos(System.nanoTime() - start);
    }

    /** Starts the production jar (or fails naming the command that builds it). */
    static ProductionApp start(Path work, String name, List<String> jvmOptions) throws Exception {
        return new ProductionApp(jvmOptions, copy(work), work.resolve(name));
    }

    /** Starts the jar as Spring Boot's tools extract it (plain jars on the class path: what the AOT cache needs). */
    static ProductionApp startExtracted(Path work, String name, List<String> jvmOptions) throws Exception {
        Path extracted = work.resolve("extracted");
        if (!Files.exists(extracted.resolve("app.jar"))) {
            Process extract = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djarmode=tools", "-jar", copy(work).toString(), "extract", "--destination", extracted.toString())
                    .redirectErrorStream(true).redirectOutput(work.resolve("extract.log").toFile()).start();
            if (extract.waitFor() != 0) {
                throw new IllegalStateException("could not extract the jar: see " + work.resolve("extract.log"));
            }
        }
        return new ProductionApp(jvmOptions, extracted.resolve("app.jar"), work.resolve(name));
    }

    private static Path copy(Path work) throws IOException {
        if (!Files.exists(JAR) || !isBootJar()) {
            throw new IllegalStateException("No production jar: build it first with ./mvnw -B -Pproduction package"
                    + " -DskipTests, then run ./mvnw -B verify -Pbenchmark");
        }
        Files.createDirectories(work);
        // A copy: the build replaces target's jar at its package phase, after the benchmarks.
        Path jar = work.resolve("app.jar");
        synchronized (ProductionApp.class) {
            if (!copied) {
                Files.copy(JAR, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                deleteTree(work.resolve("extracted"));
                copied = true;
            }
        }
        return jar;
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static boolean isBootJar() throws IOException {
        try (var zip = new java.util.zip.ZipFile(JAR.toFile())) {
            return zip.getEntry("BOOT-INF/classes/") != null || zip.stream().anyMatch(e -> e.getName().startsWith("BOOT-INF/"));
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Process CPU time so far (user and system, every thread: requests, GC, JIT). */
    Duration cpu() {
        return process.toHandle().info().totalCpuDuration().orElseThrow();
    }

    /** Heap in use after a full GC (jcmd), in bytes. */
    long heapAfterGc() throws Exception {
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("no heap figure in: " + info);
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    /** The class histogram of the live heap (jcmd GC.class_histogram), for finding what a session holds. */
    String histogram() throws Exception {
        return jcmd("GC.class_histogram");
    }

    private String jcmd(String command) throws Exception {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(process.pid()), command).redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor();
        return out;
    }

    /** Stops the app as a service manager would (SIGTERM) and waits for its exit (an AOT training run writes its cache then). */
    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

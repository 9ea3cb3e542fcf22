package app.capgo.supportdesk.benchmark;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * How fast this shared machine's CPU is at the moment, so that a run on a quiet machine and one on a
 * busy machine can be told apart: the median time of a fixed single-threaded workload, one bcrypt
 * hash at cost 10 (what a start of the app does once), after a warm-up. Lower is faster.
 */
final class MachineSpeed {

    private static final int HASHES = 7;

    private MachineSpeed() {
    }

    /** The median milliseconds of one bcrypt hash at cost 10, of {@value #HASHES} after one warm-up. */
    static double bcryptMillis() {
        BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(10);
        encoder.encode("warm-up");
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < HASHES; i++) {
            long start = System.nanoTime();
            encoder.encode("probe " + i);
            times.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(times);
        return times.get(HASHES / 2);
    }

    /** The probe as a line of a benchmark's report, {@code when} saying at which point of the run. */
    static String line(String when) {
        return String.format(Locale.ROOT, "CPU probe %s: one bcrypt hash at cost 10, median %.1f ms of %d (lower is faster)",
                when, bcryptMillis(), HASHES);
    }
}

package app.capgo.supportdesk.testdb;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * zonky's PostgreSQL binaries, made to start when the tests run as root (as in CI): PostgreSQL
 * refuses root, so {@code initdb} and {@code pg_ctl} become small scripts that, under root only,
 * hand the data directory to {@code nobody} and run the real program as {@code nobody} with
 * {@code setpriv} (util-linux). For any other user the archive is zonky's own, untouched.
 */
final class RootSafeBinaries implements PgBinaryResolver {

    private static final List<String> WRAPPED = List.of("bin/initdb", "bin/pg_ctl");
    private static final int NOBODY = 65534;
    private static final Path CACHE = Path.of("target", "embedded-pg");

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        InputStream original = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
        if (!runningAsRoot()) {
            return original;
        }
        Path wrapped = CACHE.resolve("postgres-" + system + "-" + machineHardware + "-root-safe.txz");
        synchronized (RootSafeBinaries.class) {
            if (!Files.exists(wrapped)) {
                Files.createDirectories(CACHE);
                Path partial = Files.createTempFile(CACHE, "postgres", ".part");
                try (InputStream in = original; OutputStream out = Files.newOutputStream(partial)) {
                    repack(in, out);
                }
                Files.move(partial, wrapped, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                original.close();
            }
        }
        return Files.newInputStream(wrapped);
    }

    private static boolean runningAsRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false; // not Linux: not the CI case
        }
    }

    /** Copies the archive, renaming each wrapped program to {@code <name>.real} and adding its script. */
    private static void repack(InputStream txz, OutputStream target) throws IOException {
        try (TarArchiveInputStream in = new TarArchiveInputStream(new XZInputStream(txz));
             TarArchiveOutputStream out = new TarArchiveOutputStream(new XZOutputStream(target, new LZMA2Options(0)))) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            out.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            TarArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (WRAPPED.contains(entry.getName())) {
                    entry.setName(entry.getName() + ".real");
                }
                out.putArchiveEntry(entry);
                if (entry.isFile()) {
                    in.transferTo(out);
                }
                out.closeArchiveEntry();
            }
            for (String program : WRAPPED) {
                byte[] script = script(program.substring("bin/".length())).getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry wrapper = new TarArchiveEntry(program);
                wrapper.setMode(0100755);
                wrapper.setSize(script.length);
                out.putArchiveEntry(wrapper);
                out.write(script);
                out.closeArchiveEntry();
            }
        }
    }

    private static String script(String program) {
        return """
                #!/bin/sh
                # Test-only: PostgreSQL refuses to run as root; as root, run it as nobody.
                here=$(dirname "$0")
                if [ "$(id -u)" != 0 ]; then exec "$here/%1$s.real" "$@"; fi
                previous=""
                for argument in "$@"; do
                  if [ "$previous" = "-D" ]; then chown -R %2$d:%2$d "$argument"; chmod 700 "$argument"; fi
                  previous="$argument"
                done
                exec setpriv --reuid=%2$d --regid=%2$d --clear-groups "$here/%1$s.real" "$@"
                """.formatted(program, NOBODY);
    }
}

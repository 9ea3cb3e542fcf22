package app.capgo.supportdesk.testdb;

import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A disk that can fill up, for H2 ({@code jdbc:h2:quota:/path/db}): H2's own file-system
 * abstraction over the real disk, whose writes fail with "No space left on device" once the free
 * space the test allows is used up, as a full disk's do. Writing to the real disk below it, H2
 * behaves as it does in production; only the quota is the test's.
 */
public final class QuotaFileSystem extends FilePathWrapper {

    private static final AtomicLong FREE = new AtomicLong(Long.MAX_VALUE);
    private static final AtomicLong REFUSED = new AtomicLong();

    /** Makes the {@code quota:} prefix known to H2 (once per JVM is enough; again is harmless). */
    public static void install() {
        FilePath.register(new QuotaFileSystem());
    }

    /** The disk is full from now on: every write fails. */
    public static void fill() {
        FREE.set(0);
    }

    /** Space is back: writes succeed again. */
    public static void free() {
        FREE.set(Long.MAX_VALUE);
    }

    /** How many writes the full disk refused so far. */
    public static long refusedWrites() {
        return REFUSED.get();
    }

    @Override
    public String getScheme() {
        return "quota";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new QuotaChannel(getBase().open(mode));
    }

    private static void reserve(int bytes) throws IOException {
        if (bytes > 0 && FREE.getAndUpdate(free -> free >= bytes ? free - bytes : free) < bytes) {
            REFUSED.incrementAndGet();
            throw new IOException("No space left on device");
        }
    }

    /** A file on the real disk whose writes first take their room from the quota. */
    private static final class QuotaChannel extends FileBase {
        private final FileChannel base;

        QuotaChannel(FileChannel base) {
            this.base = base;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            reserve(src.remaining());
            return base.write(src);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            reserve(src.remaining());
            return base.write(src, position);
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            base.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}

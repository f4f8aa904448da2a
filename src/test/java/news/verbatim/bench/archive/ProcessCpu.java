package news.verbatim.bench.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time of another process, user plus system, from {@code /proc/<pid>/stat}: on a shared machine CPU time per
 * request is steadier than wall-clock rates.
 */
final class ProcessCpu {

    /** USER_HZ: the unit of those fields on Linux, fixed at 100 by the kernel's ABI on x86 and arm. */
    private static final double TICKS_PER_SECOND = 100.0;

    private final Path stat;

    ProcessCpu(long pid) {
        this.stat = Path.of("/proc", Long.toString(pid), "stat");
    }

    /** Seconds of CPU the process has used so far. */
    double seconds() throws IOException {
        String line = Files.readString(stat);
        // the command name (field 2) is in parentheses and may hold spaces: count fields after its closing one
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        long utime = Long.parseLong(fields[11]);
        long stime = Long.parseLong(fields[12]);
        return (utime + stime) / TICKS_PER_SECOND;
    }
}

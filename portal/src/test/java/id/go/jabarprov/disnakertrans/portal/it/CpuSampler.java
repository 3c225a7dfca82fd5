package id.go.jabarprov.disnakertrans.portal.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the machine's CPU went during a benchmark (Linux /proc): sampled twice a second, so that a scenario's
 * window can say how many cores the portal, the load generator (this JVM), PostgreSQL and everything else used.
 * On a shared 2-core machine this is what tells a slow server from a busy machine.
 */
final class CpuSampler implements AutoCloseable {

    private record Sample(long nanos, long busy, long total, long portal, long self, long postgres) {
    }

    private final long portalPid;
    private final long selfPid = ProcessHandle.current().pid();
    private final List<Sample> samples = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    CpuSampler(long portalPid) {
        this.portalPid = portalPid;
        thread = new Thread(() -> {
            while (running) {
                Sample s = sample();
                if (s != null) {
                    synchronized (samples) {
                        samples.add(s);
                    }
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "cpu-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Cores used between two System.nanoTime() instants: machine, portal, load generator, postgres, rest; or null. */
    String between(long fromNanos, long toNanos) {
        Sample a = null;
        Sample b = null;
        synchronized (samples) {
            for (Sample s : samples) {
                if (s.nanos <= fromNanos) {
                    a = s;
                }
                if (b == null && s.nanos >= toNanos) {
                    b = s;
                }
            }
            if (b == null && !samples.isEmpty()) {
                b = samples.get(samples.size() - 1);
            }
        }
        if (a == null || b == null || b.total <= a.total) {
            return "cpu: not measured";
        }
        int cores = Runtime.getRuntime().availableProcessors();
        double ticks = (double) (b.total - a.total) / cores; // ticks of one core over the window
        double machine = (b.busy - a.busy) / ticks;
        double portal = (b.portal - a.portal) / ticks;
        double self = (b.self - a.self) / ticks;
        double postgres = (b.postgres - a.postgres) / ticks;
        return String.format("cpu (cores of %d): busy %.2f = portal %.2f + load generator %.2f + postgres %.2f + other %.2f",
                cores, machine, portal, self, postgres, Math.max(0, machine - portal - self - postgres));
    }

    private Sample sample() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(cpu.length, 9); i++) {
                total += Long.parseLong(cpu[i]);
            }
            long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
            long postgres = 0;
            try (var dirs = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString().chars().allMatch(Character::isDigit))) {
                for (Path dir : dirs) {
                    String stat = read(dir.resolve("stat"));
                    if (stat != null && stat.contains("(postgres)")) {
                        postgres += ticks(stat);
                    }
                }
            }
            return new Sample(System.nanoTime(), total - idle, total, ticks(read(Path.of("/proc/" + portalPid + "/stat"))),
                    ticks(read(Path.of("/proc/" + selfPid + "/stat"))), postgres);
        } catch (IOException | RuntimeException e) {
            return null; // not Linux, or a process went away mid-read
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            return null;
        }
    }

    /** utime + stime of a /proc/PID/stat line (fields 14 and 15, counted after the command's closing parenthesis). */
    private static long ticks(String stat) {
        if (stat == null) {
            return 0;
        }
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}

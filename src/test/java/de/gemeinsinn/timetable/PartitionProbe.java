package de.gemeinsinn.timetable;

import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.json.JsonMapper;

public final class PartitionProbe {
    public static void main(String[] args) throws Exception {
        double seconds = Double.parseDouble(args[0]);
        int workers = Integer.parseInt(args[1]);
        JsonMapper json = JsonMapper.builder().build();
        for (int i = 2; i < args.length; i++) {
            ScheduleRequest req = json.readValue(Files.readString(Path.of(args[i])), ScheduleRequest.class);
            CpSatRelaxation.available();
            Instance in = Instance.of(req);
            long t0 = System.nanoTime();
            CollisionBound b = new CollisionBound(in);
            long t1 = System.nanoTime();
            CollisionBound.Outcome o = b.solve(seconds, workers);
            long t2 = System.nanoTime();
            System.out.printf(
                    "%s build %d ms solve %d ms -> %s%n", args[i], (t1 - t0) / 1000000, (t2 - t1) / 1000000, o);
        }
    }
}

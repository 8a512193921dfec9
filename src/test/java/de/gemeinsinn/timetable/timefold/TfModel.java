package de.gemeinsinn.timetable.timefold;

import de.gemeinsinn.timetable.TimetableScoring.Compiled;
import java.util.BitSet;

/**
 * Shared, read-only data of one instance for the Timefold model. Soft scores are integers scaled
 * by {@link #scale} = lcm(1..rooms): a participant is in at most one session per room of a slot, so
 * every share 1/k of the attendance split is an exact multiple of 1/scale and Timefold's soft score
 * equals −scale × our total exactly.
 */
public final class TfModel {

    final Compiled in;
    final long scale;
    final long moveCostScaled;
    final long totalInterests;
    /** conflicts[s]: sessions sharing a host with s. */
    final BitSet[] conflicts;

    TfModel(Compiled in) {
        this.in = in;
        long l = 1;
        for (int k = 2; k <= Math.max(1, in.rooms()); k++) {
            l = lcm(l, k);
        }
        if (l > 1_000_000_000L) {
            throw new IllegalArgumentException("too many rooms for an exact scaled score: " + in.rooms());
        }
        scale = l;
        moveCostScaled = Math.round(in.moveCost() * l);
        long sum = 0;
        for (int[] i : in.interests()) {
            sum += i.length;
        }
        totalInterests = sum;
        conflicts = new BitSet[in.sessions()];
        for (int s = 0; s < in.sessions(); s++) {
            conflicts[s] = new BitSet(in.sessions());
        }
        int[][] hosts = in.hosts();
        for (int a = 0; a < in.sessions(); a++) {
            for (int b = a + 1; b < in.sessions(); b++) {
                if (shareHost(hosts[a], hosts[b])) {
                    conflicts[a].set(b);
                    conflicts[b].set(a);
                }
            }
        }
    }

    private static boolean shareHost(int[] a, int[] b) {
        for (int x : a) {
            for (int y : b) {
                if (x == y) {
                    return true;
                }
            }
        }
        return false;
    }

    private static long lcm(long a, long b) {
        long x = a;
        long y = b;
        while (y != 0) {
            long r = x % y;
            x = y;
            y = r;
        }
        return a / x * b;
    }
}

package org.opendossier.analysis.graph;

/**
 * Counts keyed by a {@code long}, in two flat arrays (open addressing, linear probing, at most three quarters
 * full): 16 to 32 bytes a key where a {@code HashMap<Long, Integer>} takes about 80, which matters for millions
 * of actor pairs.
 */
final class LongIntMap {
    /** The callback of {@link #forEach}. */
    interface Entry {
        void accept(long key, int value);
    }

    private static final long EMPTY = 0L;

    private long[] keys;
    private int[] values;
    private int size;
    private boolean hasZero;
    private int zeroValue;

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 4 / 3)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
    }

    /** Adds {@code delta} to the count of {@code key} (a missing key counts 0). */
    void add(long key, int delta) {
        if (key == EMPTY) {
            hasZero = true;
            zeroValue += delta;
            return;
        }
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (keys[slot] != EMPTY) {
            if (keys[slot] == key) {
                values[slot] += delta;
                return;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = delta;
        if (++size * 4L > keys.length * 3L) {
            grow();
        }
    }

    /** The count of {@code key}, 0 if it was never added. */
    int get(long key) {
        if (key == EMPTY) {
            return hasZero ? zeroValue : 0;
        }
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (keys[slot] != EMPTY) {
            if (keys[slot] == key) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return 0;
    }

    int size() {
        return size + (hasZero ? 1 : 0);
    }

    void forEach(Entry action) {
        if (hasZero) {
            action.accept(EMPTY, zeroValue);
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                action.accept(keys[i], values[i]);
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldValues.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            long key = oldKeys[i];
            if (key != EMPTY) {
                int slot = mix(key) & mask;
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = key;
                values[slot] = oldValues[i];
            }
        }
    }

    /** Spreads the bits of a key (the finaliser of MurmurHash3), since packed id pairs cluster. */
    private static int mix(long key) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h;
    }

    @Override
    public String toString() {
        return "LongIntMap[size=" + size() + ", capacity=" + keys.length + "]";
    }
}

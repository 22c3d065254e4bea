package org.codesign.search;

/** Stable sorting of int arrays (usually indices) by a primitive comparator, without boxing. */
final class IntSort {
    private IntSort() {}

    @FunctionalInterface
    interface IntComparator {
        int compare(int a, int b);
    }

    static void sort(int[] a, IntComparator c) {
        sort(a, 0, a.length, c);
    }

    static void sort(int[] a, int from, int to, IntComparator c) {
        if (to - from < 2) {
            return;
        }
        int[] buffer = new int[to - from];
        mergeSort(a, buffer, from, to, c);
    }

    /** Indices 0..n-1 sorted by ascending key, ties in index order. */
    static int[] byKey(double[] key) {
        int[] idx = identity(key.length);
        sort(idx, (x, y) -> Double.compare(key[x], key[y]));
        return idx;
    }

    static int[] identity(int n) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        return idx;
    }

    private static void mergeSort(int[] a, int[] buffer, int from, int to, IntComparator c) {
        int n = to - from;
        if (n <= 24) {
            insertionSort(a, from, to, c);
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, buffer, from, mid, c);
        mergeSort(a, buffer, mid, to, c);
        if (c.compare(a[mid - 1], a[mid]) <= 0) {
            return;
        }
        System.arraycopy(a, from, buffer, 0, mid - from);
        int i = 0;
        int iEnd = mid - from;
        int j = mid;
        int k = from;
        while (i < iEnd && j < to) {
            a[k++] = c.compare(a[j], buffer[i]) < 0 ? a[j++] : buffer[i++];
        }
        while (i < iEnd) {
            a[k++] = buffer[i++];
        }
    }

    private static void insertionSort(int[] a, int from, int to, IntComparator c) {
        for (int i = from + 1; i < to; i++) {
            int v = a[i];
            int j = i - 1;
            while (j >= from && c.compare(a[j], v) > 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }
}

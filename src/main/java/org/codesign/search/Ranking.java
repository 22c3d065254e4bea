package org.codesign.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Rank (0 = first front, under constraint domination) and crowding distance of every member of a
 * list of individuals. Infeasible fronts get crowding distance 0: they are ordered by violation only.
 */
record Ranking(int[] ranks, double[] crowding) {

    static Ranking of(List<Individual> members) {
        int n = members.size();
        List<Evaluation> evaluations = new ArrayList<>(n);
        double[][] points = new double[n][];
        for (int i = 0; i < n; i++) {
            Individual ind = members.get(i);
            evaluations.add(ind.evaluation());
            points[i] = ind.objectivesView();
        }
        int[] ranks = NonDominatedSorting.constrainedRanks(evaluations);
        double[] crowding = new double[n];
        int maxRank = -1;
        for (int r : ranks) {
            maxRank = Math.max(maxRank, r);
        }
        int[] frontSize = new int[maxRank + 1];
        for (int r : ranks) {
            frontSize[r]++;
        }
        int[][] fronts = new int[maxRank + 1][];
        for (int r = 0; r <= maxRank; r++) {
            fronts[r] = new int[frontSize[r]];
            frontSize[r] = 0;
        }
        for (int i = 0; i < n; i++) {
            fronts[ranks[i]][frontSize[ranks[i]]++] = i;
        }
        for (int[] front : fronts) {
            if (front.length == 0 || !evaluations.get(front[0]).isFeasible()) {
                continue;
            }
            double[] d = CrowdingDistance.of(points, front);
            for (int k = 0; k < front.length; k++) {
                crowding[front[k]] = d[k];
            }
        }
        return new Ranking(ranks, crowding);
    }

    /** Members of the list as {@link RankedIndividual}s. */
    static List<RankedIndividual> ranked(List<Individual> members) {
        Ranking r = of(members);
        List<RankedIndividual> out = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            out.add(new RankedIndividual(members.get(i), r.ranks[i], r.crowding[i]));
        }
        return List.copyOf(out);
    }
}

package news.verbatim.verify;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import news.verbatim.text.Contractions;
import news.verbatim.text.Token;

/**
 * Aligns the words of a submission with the words of one attested quote, over normalised tokens.
 *
 * <p><b>Two steps, two tools.</b> First, <em>where</em>: a fitting alignment (Smith-Waterman's free ends on
 * the attested side, Needleman-Wunsch's full cost on the submitted side) finds the region of the attested
 * quote the submission corresponds to. Every submitted word must be accounted for — so a long sentence that
 * merely contains a scare quote cannot score as that quote — while attested words before and after the
 * region are free, which is what makes an excerpt an excerpt. Between the parts of a submission split at
 * ellipses, skipping attested words is free too, which is what an ellipsis says; the parts are placed in
 * order and never overlap, so parts out of order cannot all be placed. Scores: match +2, substitution −1,
 * insertion or deletion −1 (a match outweighs the gap that reaches it, so a dropped word inside the region
 * does not split it). Exact placements are found first by plain sub-list search.
 *
 * <p>Second, <em>how</em>: within each part's region, java-diff-utils' Myers diff gives the edit script. It
 * finds a longest common subsequence (so the score counts every shared word) and groups adjacent deletions
 * and insertions into one "replace", which reads better than the cell-by-cell path of the first step.
 * java-diff-utils alone cannot do the first step: it has no free ends, so every excerpt would read as a
 * quote with most of its words dropped.
 *
 * <p>Cost: O(submitted × attested) time and one byte of memory per word pair, only when no exact placement
 * exists.
 */
public final class WordAligner {

    private static final int MATCH = 2;
    private static final int MISMATCH = -1;
    private static final int GAP = -1;

    private static final byte START = 0;
    private static final byte DIAG = 1;
    private static final byte UP = 2; // a submitted word with no attested counterpart
    private static final byte LEFT = 3; // an attested word the submission skips

    private WordAligner() {}

    /**
     * Aligns the submission's {@code parts} (at least one, each with at least one word) with {@code attested}.
     */
    public static Alignment align(List<List<Token>> parts, List<Token> attested) {
        Objects.requireNonNull(parts, "parts");
        Objects.requireNonNull(attested, "attested");
        if (parts.isEmpty() || parts.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("every part needs at least one word");
        }
        List<List<String>> subParts = parts.stream().map(WordAligner::norms).toList();
        List<String> att = norms(attested);
        List<Alignment.Span> windows = exactPlacement(subParts, att);
        if (windows == null) {
            windows = fittingAlignment(subParts, att);
        }
        return edits(parts, subParts, attested, att, windows);
    }

    /**
     * Whether each part occurs verbatim somewhere in {@code attested}, in whatever order: with
     * {@link #align} failing to place them in order, this tells "parts reordered" from "words changed".
     */
    public static boolean everyPartOccurs(List<List<Token>> parts, List<Token> attested) {
        List<String> att = norms(attested);
        return parts.stream().allMatch(p -> Collections.indexOfSubList(att, norms(p)) >= 0);
    }

    private static List<String> norms(List<Token> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            out.add(t.norm());
        }
        return out;
    }

    /** Each part found verbatim, in order, without overlap; leftmost placements, or null. */
    private static List<Alignment.Span> exactPlacement(List<List<String>> parts, List<String> att) {
        List<Alignment.Span> windows = new ArrayList<>(parts.size());
        int from = 0;
        for (List<String> part : parts) {
            int at = from > att.size() ? -1 : Collections.indexOfSubList(att.subList(from, att.size()), part);
            if (at < 0) {
                return null;
            }
            windows.add(new Alignment.Span(from + at, from + at + part.size()));
            from += at + part.size();
        }
        return windows;
    }

    /** The region of {@code att} each part aligns with; see the class comment. */
    private static List<Alignment.Span> fittingAlignment(List<List<String>> parts, List<String> att) {
        List<String> sub = new ArrayList<>();
        int[] partOf;
        boolean[] boundary;
        {
            List<Integer> owner = new ArrayList<>();
            for (int p = 0; p < parts.size(); p++) {
                sub.addAll(parts.get(p));
                for (int k = 0; k < parts.get(p).size(); k++) {
                    owner.add(p);
                }
            }
            partOf = owner.stream().mapToInt(Integer::intValue).toArray();
            boundary = new boolean[sub.size() + 1];
            int end = 0;
            for (int p = 0; p < parts.size() - 1; p++) {
                end += parts.get(p).size();
                boundary[end] = true;
            }
        }
        int n = sub.size();
        int m = att.size();
        int w = m + 1;
        // Two rows of scores and one byte of traceback per cell: 1,000 × 20,000 words is 20 MB, not 100.
        int[] prevRow = new int[w];
        int[] row = new int[w];
        byte[] move = new byte[(n + 1) * w];
        // Row 0 is all zero and START: the region may begin anywhere in the attested quote.
        for (int i = 1; i <= n; i++) {
            int base = i * w;
            row[0] = prevRow[0] + GAP;
            move[base] = UP;
            String word = sub.get(i - 1);
            int skip = boundary[i] ? 0 : GAP;
            for (int j = 1; j <= m; j++) {
                int best = prevRow[j - 1] + (word.equals(att.get(j - 1)) ? MATCH : MISMATCH);
                byte mv = DIAG;
                int left = row[j - 1] + skip;
                if (left > best) {
                    best = left;
                    mv = LEFT;
                }
                int up = prevRow[j] + GAP;
                if (up > best) {
                    best = up;
                    mv = UP;
                }
                row[j] = best;
                move[base + j] = mv;
            }
            int[] t = prevRow;
            prevRow = row;
            row = t;
        }
        // The region may end anywhere: take the best cell of the last row (the earliest on ties).
        int[] last = prevRow;
        int j = 0;
        for (int k = 1; k <= m; k++) {
            if (last[k] > last[j]) {
                j = k;
            }
        }
        int[] from = new int[parts.size()];
        int[] to = new int[parts.size()];
        Arrays.fill(from, Integer.MAX_VALUE);
        Arrays.fill(to, -1);
        int[] emptyAt = new int[parts.size()];
        int i = n;
        while (i > 0) {
            byte mv = move[i * w + j];
            if (mv == DIAG) {
                int p = partOf[i - 1];
                from[p] = Math.min(from[p], j - 1);
                to[p] = Math.max(to[p], j);
                i--;
                j--;
            } else if (mv == UP) {
                emptyAt[partOf[i - 1]] = j;
                i--;
            } else if (mv == LEFT) {
                if (!boundary[i]) { // inside a part: a dropped word of that part's region
                    int p = partOf[i - 1];
                    from[p] = Math.min(from[p], j - 1);
                    to[p] = Math.max(to[p], j);
                }
                j--;
            } else {
                throw new IllegalStateException("alignment traceback reached the start early");
            }
        }
        List<Alignment.Span> windows = new ArrayList<>(parts.size());
        for (int p = 0; p < parts.size(); p++) {
            windows.add(to[p] < 0 ? new Alignment.Span(emptyAt[p], emptyAt[p]) : new Alignment.Span(from[p], to[p]));
        }
        return windows;
    }

    /**
     * The edit script over the windows: a Myers diff inside each, elisions between them. Words equal in form
     * but printed differently are {@code STYLE} steps, one per word; a replacement that only contracts or
     * expands words ({@link Contractions}) is one {@code STYLE} step, counted as shared words.
     */
    private static Alignment edits(
            List<List<Token>> parts,
            List<List<String>> partNorms,
            List<Token> att,
            List<String> attNorms,
            List<Alignment.Span> windows) {
        List<Alignment.Op> ops = new ArrayList<>();
        int shared = 0;
        int aligned = 0;
        int subBase = 0;
        int previousEnd = -1;
        for (int p = 0; p < parts.size(); p++) {
            List<Token> part = parts.get(p);
            Alignment.Span win = windows.get(p);
            if (previousEnd >= 0 && !win.isEmpty() && win.from() > previousEnd) {
                ops.add(new Alignment.Op(Alignment.Kind.ELIDED, subBase, subBase, previousEnd, win.from()));
            }
            aligned += win.to() - win.from();
            Patch<String> patch = DiffUtils.diff(attNorms.subList(win.from(), win.to()), partNorms.get(p), true);
            for (AbstractDelta<String> d : patch.getDeltas()) {
                int af = win.from() + d.getSource().getPosition();
                int at = af + d.getSource().size();
                int sf = subBase + d.getTarget().getPosition();
                int st = sf + d.getTarget().size();
                switch (d.getType()) {
                    case EQUAL -> {
                        shared += at - af;
                        equalOrStyle(ops, part, subBase, att, sf, af, at - af);
                    }
                    case CHANGE -> {
                        if (Contractions.sameWords(part.subList(sf - subBase, st - subBase), att.subList(af, at))) {
                            shared += st - sf;
                            aligned += (st - sf) - (at - af);
                            ops.add(new Alignment.Op(Alignment.Kind.STYLE, sf, st, af, at));
                        } else {
                            ops.add(new Alignment.Op(Alignment.Kind.REPLACE, sf, st, af, at));
                        }
                    }
                    case DELETE -> ops.add(new Alignment.Op(Alignment.Kind.DELETE, sf, st, af, at));
                    case INSERT -> ops.add(new Alignment.Op(Alignment.Kind.INSERT, sf, st, af, at));
                }
            }
            subBase += part.size();
            if (!win.isEmpty()) {
                previousEnd = win.to();
            }
        }
        int submitted = parts.stream().mapToInt(List::size).sum();
        return new Alignment(ops, windows, shared, submitted, aligned, att.size());
    }

    /** Whether two words of one form are printed differently (never when neither is in a house style). */
    private static boolean printedDiffer(Token a, Token b) {
        return (a.isStyled() || b.isStyled()) && !a.printed().equals(b.printed());
    }

    /** {@code n} words equal in form from {@code sf}/{@code af}: runs of EQUAL, and a STYLE step per word printed differently. */
    private static void equalOrStyle(
            List<Alignment.Op> ops, List<Token> part, int subBase, List<Token> att, int sf, int af, int n) {
        int runFrom = 0;
        for (int k = 0; k <= n; k++) {
            boolean styled = k < n && printedDiffer(part.get(sf - subBase + k), att.get(af + k));
            if (k == n || styled) {
                if (k > runFrom) {
                    ops.add(new Alignment.Op(Alignment.Kind.EQUAL, sf + runFrom, sf + k, af + runFrom, af + k));
                }
                if (styled) {
                    ops.add(new Alignment.Op(Alignment.Kind.STYLE, sf + k, sf + k + 1, af + k, af + k + 1));
                }
                runFrom = k + 1;
            }
        }
    }
}

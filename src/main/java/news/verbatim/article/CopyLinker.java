package news.verbatim.article;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import news.verbatim.config.VerbatimConfig;
import news.verbatim.copies.CompactSignature;
import news.verbatim.copies.CopyBands;
import news.verbatim.copies.CopyDetector;
import news.verbatim.copies.MinHashSignature;
import news.verbatim.copies.WireCredits;

/**
 * Links a newly stored article to the stored articles it is one text with (the same story in another outlet,
 * found by {@link CopyDetector} among the articles sharing its signature bands, {@link CopyBands}), and decides
 * which of that group is the original (see {@link #original}). Every other member points at it. Runs inside the
 * storing transaction, after the article and its quotes are flushed.
 *
 * <pre>{@code
 * MinHashSignature signature = copyLinker.sign(article); // before it is persisted
 * persist(article);
 * copyLinker.register(article, signature, true); // its bands stored; copyOf set, or the group's copies point at it
 * }</pre>
 */
@ApplicationScoped
public class CopyLinker {

    /**
     * Most candidates compared per article: the text comparison of each costs about a millisecond. Candidates
     * share signature bands with the article ({@link CopyBands}), so more than a few are themselves copies of one
     * story, and the most similar come first.
     */
    static final int MAX_CANDIDATES = 50;

    private final ArticleRepository articles;
    /** Articles one band key is stored for ({@link VerbatimConfig.Copies#bandCapacity}). */
    private final int bandCapacity;

    public CopyLinker(ArticleRepository articles, VerbatimConfig config) {
        this.articles = articles;
        this.bandCapacity = config.copies().bandCapacity();
    }

    /**
     * The signature of a new article's text, kept on it in compact form ({@link Article#copySignature}): call before
     * it is persisted, and pass the signature to {@link #register}. Null for an article made by hand, which is
     * nobody's copy nor original.
     */
    public MinHashSignature sign(Article article) {
        if (article.manual) {
            return null;
        }
        MinHashSignature signature = MinHashSignature.of(article.text);
        article.copySignature = signature.compact().bytes();
        return signature;
    }

    /**
     * Stores the copy-detection keys of a newly stored article (flushed, so that its id exists), so later articles
     * find it, and, when {@code detect}, links it to the stored texts it is one text with. Keys already held by
     * {@link #bandCapacity} articles are not stored again ({@link #openBands}).
     *
     * @param signature what {@link #sign} gave for it
     */
    public void register(Article article, MinHashSignature signature, boolean detect) {
        if (signature == null) {
            return;
        }
        long[] keys = CopyBands.of(signature);
        // Read before its own keys are stored: one read tells which keys are full and which articles share them.
        List<ArticleRepository.BandHolder> holders = articles.bandHolders(keys);
        articles.storeBands(article.id, openBands(keys, holders));
        if (detect) {
            link(article, signature.compact(), holders);
        }
    }

    /**
     * Finds the stored texts {@code article} is one text with, if any, and links their groups and it to one
     * original: a new article may join two groups that were stored apart (two copies written at once).
     */
    public void link(Article article) {
        MinHashSignature signature = MinHashSignature.of(article.text);
        link(article, signature.compact(), articles.bandHolders(CopyBands.of(signature)));
    }

    /**
     * The keys of {@code keys} that fewer than {@link #bandCapacity} articles hold, to be stored for a new article. A
     * full key is still looked up, but reads only the articles it was stored for: page furniture a large part of the
     * corpus prints would otherwise make every look-up read more rows as the corpus grows. A story reprinted more
     * often than that is still found through the copies stored first.
     */
    private long[] openBands(long[] keys, List<ArticleRepository.BandHolder> holders) {
        Map<Long, Integer> held = new HashMap<>();
        holders.forEach(h -> held.merge(h.bandKey(), 1, Integer::sum));
        return Arrays.stream(keys)
                .filter(k -> held.getOrDefault(k, 0) < bandCapacity)
                .toArray();
    }

    /**
     * The other articles sharing at least {@link CopyBands#MIN_SHARED} keys with {@code article}, the most shared
     * first, at most {@link #MAX_CANDIDATES}.
     */
    static List<Long> sharing(Article article, List<ArticleRepository.BandHolder> holders) {
        Map<Long, Integer> shared = new HashMap<>();
        for (ArticleRepository.BandHolder h : holders) {
            if (!Objects.equals(h.articleId(), article.id)) {
                shared.merge(h.articleId(), 1, Integer::sum);
            }
        }
        return shared.entrySet().stream()
                .filter(e -> e.getValue() >= CopyBands.MIN_SHARED)
                .sorted(Map.Entry.<Long, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_CANDIDATES)
                .map(Map.Entry::getKey)
                .toList();
    }

    private void link(Article article, CompactSignature signature, List<ArticleRepository.BandHolder> holders) {
        Set<Article> group = new LinkedHashSet<>();
        for (Article match : sameText(article, signature, holders)) {
            addWithCopies(rootOf(match), group);
        }
        if (group.isEmpty()) {
            return;
        }
        group.add(article);
        Article original = original(new ArrayList<>(group));
        for (Article member : group) {
            member.copyOf = member == original ? null : original;
        }
    }

    /**
     * The article {@code match} copies, followed through copies of copies (itself when it is an original): writers
     * linking at once can each take the other's article for an original, and a link written from an older view of
     * the group can leave a chain, so every reader of {@code copyOf} follows it to the original.
     */
    static Article rootOf(Article match) {
        Article at = match;
        Set<Article> seen = new HashSet<>();
        while (at.copyOf != null && seen.add(at)) {
            at = at.copyOf;
        }
        return at;
    }

    /** {@code root} and every stored article that copies it, directly or through another copy, into {@code group}. */
    private void addWithCopies(Article root, Set<Article> group) {
        Deque<Article> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            Article next = pending.pop();
            if (group.add(next)) {
                pending.addAll(articles.copiesOf(next.id));
            }
        }
    }

    /** The candidates that are one text with {@code article}, compared by their stored signatures. */
    private List<Article> sameText(
            Article article, CompactSignature signature, List<ArticleRepository.BandHolder> holders) {
        List<Long> same = new ArrayList<>();
        for (ArticleRepository.CopyCandidate candidate : articles.copyCandidates(article, sharing(article, holders))) {
            if (CopyDetector.isCopy(signature.similarity(storedSignature(candidate)))) {
                same.add(candidate.id());
            }
        }
        return articles.inPublicationOrder(same);
    }

    /** The candidate's stored signature; for an article stored before signatures were kept, computed and kept. */
    private CompactSignature storedSignature(ArticleRepository.CopyCandidate candidate) {
        if (candidate.signature() != null) {
            return CompactSignature.fromBytes(candidate.signature());
        }
        Article older = articles.findById(candidate.id());
        CompactSignature computed = MinHashSignature.of(older.text).compact();
        older.copySignature = computed.bytes();
        return computed;
    }

    /**
     * The original of a group of one text: the copy of the outlet the credits name (the wire's own story);
     * failing that, when a credit names an author not in the group, the earliest copy printing that credit (the
     * original is not stored, and that copy says whose it is); otherwise the earliest, then the first stored, of
     * the rest; last the syndicated copies, since a distributor's credit ("via Tribune Content Agency") names no
     * author and an uncredited member may be the author's own original.
     */
    static Article original(List<Article> group) {
        Comparator<Article> order = Comparator.<Article>comparingInt(a -> rank(group, a))
                .thenComparing(a -> a.publishedAt)
                .thenComparing(a -> a.id);
        return group.stream().min(order).orElseThrow();
    }

    private static int rank(List<Article> group, Article a) {
        boolean creditsAnother = WireCredits.creditsAnother(a.creditedOutlet, a.outlet.name);
        if (!creditsAnother && creditedByAnyOf(group, a)) {
            return 0; // the credited outlet's own article
        }
        if (creditsAnother && a.creditedDistributor) {
            return 3; // syndicated: whoever wrote it, not this outlet
        }
        boolean creditsOutsider = creditsAnother
                && group.stream().allMatch(o -> WireCredits.creditsAnother(a.creditedOutlet, o.outlet.name));
        return creditsOutsider ? 1 : 2;
    }

    private static boolean creditedByAnyOf(List<Article> group, Article a) {
        return group.stream()
                .anyMatch(
                        o -> o.creditedOutlet != null && !WireCredits.creditsAnother(o.creditedOutlet, a.outlet.name));
    }
}

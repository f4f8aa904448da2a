package news.verbatim.index;

import jakarta.enterprise.context.RequestScoped;

/** The last change-log position a request committed, which its response waits for (read your own writes). */
@RequestScoped
public class PendingIndexWrites {

    private long lastSeq;

    void note(long seq) {
        lastSeq = Math.max(lastSeq, seq);
    }

    long lastSeq() {
        return lastSeq;
    }
}

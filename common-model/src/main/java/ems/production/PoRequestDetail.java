package ems.production;

import java.util.List;

/** A request with every revision (newest last), the notes thread and the status history. */
public record PoRequestDetail(PoRequest request, List<PoRevision> revisions, List<PoNote> notes,
                             List<PoEvent> events) {

    public PoRevision current() {
        return revisions.get(revisions.size() - 1);
    }

    /** What the given revision changed from the one before it; null for the first revision. */
    public RevisionDiff changesIn(PoRevision revision) {
        int index = revisions.indexOf(revision);
        return index <= 0 ? null : RevisionDiff.between(revisions.get(index - 1), revision);
    }

    /** The revisions newest first, as both apps show the history. */
    public List<PoRevision> newestFirst() {
        List<PoRevision> copy = new java.util.ArrayList<>(revisions);
        java.util.Collections.reverse(copy);
        return copy;
    }

    public long totalUnits(PoRevision revision) {
        return revision.lines().stream().mapToLong(PoLine::quantity).sum();
    }
}

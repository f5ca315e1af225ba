package ems.production;

import java.util.List;

/** A request with every revision (newest last), the notes thread and the status history. */
public record PoRequestDetail(PoRequest request, List<PoRevision> revisions, List<PoNote> notes,
                             List<PoEvent> events) {

    public PoRevision current() {
        return revisions.get(revisions.size() - 1);
    }
}

package ems.production;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One submission of a request, immutable once made. */
public record PoRevision(long id, long requestId, int revision, LocalDate preferredFrom, LocalDate preferredTo,
                         String stampSequence, String authorName, Instant createdAt, List<PoLine> lines) {

    public PoRevision withLines(List<PoLine> newLines) {
        return new PoRevision(id, requestId, revision, preferredFrom, preferredTo, stampSequence, authorName,
                createdAt, List.copyOf(newLines));
    }
}

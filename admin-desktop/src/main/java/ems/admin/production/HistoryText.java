package ems.admin.production;

import ems.admin.ui.Times;
import ems.admin.ui.Text;
import ems.production.PoLine;
import ems.production.PoRequestDetail;
import ems.production.PoRevision;
import ems.production.RevisionDiff;
import java.util.StringJoiner;

/** A request's revisions as readable text for the review pane: each revision, what it changed, its lines. */
final class HistoryText {


    private HistoryText() {
    }

    static String revision(PoRequestDetail detail, PoRevision rev, Text text) {
        StringJoiner out = new StringJoiner("\n");
        out.add(text.get("queue.revisionHeading", rev.revision(), rev.authorName(), Times.WHEN.format(rev.createdAt()),
                detail.totalUnits(rev)));
        out.add("  " + text.get("queue.window", rev.preferredFrom(), rev.preferredTo()));
        RevisionDiff diff = detail.changesIn(rev);
        if (diff != null) {
            out.add("  " + text.get("queue.changes", rev.revision() - 1));
            if (diff.isEmpty()) {
                out.add("    " + text.get("revision.noChanges"));
            }
            if (diff.preferredFrom() != null) {
                out.add("    " + text.get("revision.fromChanged", diff.preferredFrom().before(), diff.preferredFrom().after()));
            }
            if (diff.preferredTo() != null) {
                out.add("    " + text.get("revision.toChanged", diff.preferredTo().before(), diff.preferredTo().after()));
            }
            if (diff.stampsChanged()) {
                out.add("    " + text.get("revision.stampsChanged", diff.stampsAfter()));
            }
            for (RevisionDiff.LineChange c : diff.lines()) {
                String cell = c.productName() + " " + c.sizeLabel() + " · " + text.get("region." + c.region().name());
                out.add("    " + switch (c.kind()) {
                    case ADDED -> text.get("revision.added", cell, c.after());
                    case REMOVED -> text.get("revision.removed", cell, c.before());
                    case CHANGED -> text.get("revision.changed", cell, c.before(), c.after(), c.delta());
                });
            }
        }
        for (PoLine line : rev.lines()) {
            out.add("  • " + line.productName() + " " + line.sizeLabel() + " (" + line.sku() + ") · "
                    + text.get("region." + line.region().name()) + ": " + line.quantity());
        }
        return out.toString();
    }
}

package ems.admin.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** How the desktop writes moments: always in the warehouse's time zone, never as raw UTC instants. */
public final class Times {

    /** "Nov. 26, 2026, 1:23 p.m." — a moment read on its own (detail panes, timelines). */
    public static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT).withZone(ems.Model.ZONE);
    /** "Nov. 26, 2026" — the day of a moment. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withZone(ems.Model.ZONE);
    /** "2026-11-26 13:23" — compact, for a table column scanned by date. */
    public static final DateTimeFormatter LISTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ems.Model.ZONE);

    private Times() {
    }
}

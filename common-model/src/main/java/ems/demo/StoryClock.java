package ems.demo;

import ems.Model;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The demo's clock: the seed tells its story in the past, step by step, so that timelines, notes and
 * lists show weeks of work instead of one minute. It never runs ahead of the real clock: a step that
 * would land in the future happens now. Once seeding ends it is the real clock again.
 */
public final class StoryClock extends Clock {

    private final Clock real;
    private Instant cursor;

    public StoryClock(Clock real) {
        this.real = real;
    }

    /** Go back to {@code ago} before now and tell what follows from there. */
    void rewind(Duration ago) {
        cursor = duringWork(real.instant().minus(ago));
    }

    /** Tell what follows from {@code moment} on (or from now, if it has not come yet). */
    void at(Instant moment) {
        cursor = moment;
    }

    /** Let time pass in the story. */
    void pass(Duration duration) {
        cursor = duringWork(instant().plus(duration));
    }

    /** People work weekdays from eight to six (warehouse time): a step outside that waits for the next morning. */
    private static Instant duringWork(Instant moment) {
        ZonedDateTime local = moment.atZone(Model.ZONE);
        if (local.getHour() >= 18) {
            local = local.plusDays(1).withHour(8);
        } else if (local.getHour() < 8) {
            local = local.withHour(8);
        }
        while (local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY) {
            local = local.plusDays(1).withHour(8);
        }
        return local.toInstant();
    }

    /** The story has caught up with the present. */
    void end() {
        cursor = null;
    }

    LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant now = real.instant();
        return cursor == null || cursor.isAfter(now) ? now : cursor;
    }

    @Override
    public ZoneId getZone() {
        return real.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the story is told in one zone");
    }
}

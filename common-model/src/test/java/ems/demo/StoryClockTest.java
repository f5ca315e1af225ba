package ems.demo;

import static org.assertj.core.api.Assertions.assertThat;

import ems.Model;
import ems.testing.MutableClock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StoryClockTest {

    // Wednesday 2026-03-04, 15:00 in Toronto.
    private final MutableClock real = MutableClock.startingAt("2026-03-04T20:00:00Z");
    private final StoryClock story = new StoryClock(real);

    @Test
    void aStepThatWouldEndAfterSixWaitsForTheNextWorkingMorning() {
        story.rewind(Duration.ofDays(2)); // Monday 15:00
        story.pass(Duration.ofHours(5)); // 20:00 is after hours
        var local = story.instant().atZone(Model.ZONE);
        assertThat(local.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(local.getHour()).isEqualTo(8);
    }

    @Test
    void theWeekendIsSkipped() {
        story.rewind(Duration.ofDays(5)); // Friday 15:00
        story.pass(Duration.ofHours(4));
        assertThat(story.instant().atZone(Model.ZONE).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    void theStoryNeverRunsAheadOfTheRealClockAndEndsAtIt() {
        story.rewind(Duration.ofHours(1));
        story.pass(Duration.ofDays(3));
        assertThat(story.instant()).isEqualTo(real.instant());
        story.rewind(Duration.ofDays(1));
        assertThat(story.instant()).isBefore(real.instant());
        story.end();
        real.advance(Duration.ofMinutes(5));
        assertThat(story.instant()).isEqualTo(real.instant());
        assertThat(story.instant()).isAfter(Instant.parse("2026-03-04T20:00:00Z"));
    }
}

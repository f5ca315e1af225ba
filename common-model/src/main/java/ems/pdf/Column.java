package ems.pdf;

/** A table column: its heading, its share of the table's width, and how its cells align. */
public record Column(String title, float share, Align align) {

    public enum Align { LEFT, RIGHT }

    public static Column left(String title, float share) {
        return new Column(title, share, Align.LEFT);
    }

    public static Column right(String title, float share) {
        return new Column(title, share, Align.RIGHT);
    }
}

package ems.db;

import java.util.List;

/** One page of a keyset-paged list and the cursor of the next page (null on the last page). */
public record ListPage<T>(List<T> rows, String nextCursor) {
}

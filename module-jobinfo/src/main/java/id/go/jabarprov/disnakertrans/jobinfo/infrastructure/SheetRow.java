package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A row as read, before it means anything.
 *
 * @param number the row number the user sees in the spreadsheet program (the first row is 1)
 * @param cells  the non-blank cells by column index (0 = A); workbooks leave out empty cells anyway
 */
record SheetRow(int number, Map<Integer, SheetCell> cells) {

    private static final SheetCell EMPTY = new SheetCell.TextCell("");

    SheetRow {
        TreeMap<Integer, SheetCell> filled = new TreeMap<>(cells);
        filled.values().removeIf(SheetCell::isBlank);
        cells = Collections.unmodifiableSortedMap(filled);
    }

    SheetCell cell(int column) {
        return cells.getOrDefault(column, EMPTY);
    }

    boolean isBlank() {
        return cells.isEmpty();
    }
}

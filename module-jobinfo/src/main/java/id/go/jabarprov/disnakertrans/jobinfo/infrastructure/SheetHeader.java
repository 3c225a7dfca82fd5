package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where each known column is in the file, and the header as the file writes it, to name it back. */
final class SheetHeader {

    private final int rowNumber;
    private final Map<SheetColumn, Integer> positions = new EnumMap<>(SheetColumn.class);
    private final Map<SheetColumn, String> titles = new EnumMap<>(SheetColumn.class);

    /** Unknown columns (a row counter, notes) are ignored; of a repeated column the leftmost counts. */
    SheetHeader(SheetRow row) {
        this.rowNumber = row.number();
        row.cells().forEach((position, cell) -> SheetColumn.named(cell.shown()).ifPresent(column -> {
            positions.putIfAbsent(column, position);
            titles.putIfAbsent(column, cell.shown().strip());
        }));
    }

    int rowNumber() {
        return rowNumber;
    }

    Set<SheetColumn> present() {
        return positions.keySet();
    }

    List<SheetColumn> missingRequired() {
        return Arrays.stream(SheetColumn.values()).filter(c -> c.required() && !positions.containsKey(c)).toList();
    }

    int position(SheetColumn column) {
        return positions.get(column);
    }

    /** Null when the file has no such column. */
    String title(SheetColumn column) {
        return titles.get(column);
    }
}

package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

/** A cell whose text is not a value of its column's kind; one per bad cell, so no stack trace. */
final class UnreadableCell extends Exception {

    private final String key;

    UnreadableCell(String key, SheetCell cell) {
        super(cell.shown(), null, false, false);
        this.key = key;
    }

    String key() {
        return key;
    }

    /** What the cell held, quoted back to the user. */
    String shown() {
        return getMessage();
    }
}

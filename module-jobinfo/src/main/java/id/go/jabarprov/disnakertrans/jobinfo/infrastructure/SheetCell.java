package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A cell as the file holds it: CSV has only text, a workbook also numbers and dates. */
sealed interface SheetCell {

    /** The cell as the user sees it, to quote back in a problem and to read a text column. */
    String shown();

    default boolean isBlank() {
        return shown().isBlank();
    }

    record TextCell(String value) implements SheetCell {
        @Override
        public String shown() {
            return value;
        }
    }

    record NumberCell(double value) implements SheetCell {
        @Override
        public String shown() {
            // 7411.0 must read as "7411", the way the cell shows it
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }

        boolean isWhole() {
            return value == Math.rint(value) && !Double.isInfinite(value);
        }
    }

    record DateCell(LocalDate value) implements SheetCell {
        @Override
        public String shown() {
            return value.toString();
        }
    }
}

package id.go.jabarprov.disnakertrans.jobinfo.domain;

import java.util.Collection;

/**
 * How close a seeker's preferred occupation is to a vacancy's, by the KBJI 2014 (ISCO-08) hierarchy: a
 * 4-digit unit group (subgolongan) whose 3-digit prefix is its minor group (golongan) and 2-digit prefix its
 * sub-major group (subgolongan pokok). Codes are compared as text because they may start with 0 ("0111").
 * Sharing only the major group is too broad to help an officer (all of major group 7 are "craft workers"),
 * so it counts as {@link #NONE}. Declared closest first.
 */
public enum OccupationMatch {

    SAME_UNIT_GROUP(4),
    SAME_MINOR_GROUP(3),
    SAME_SUB_MAJOR_GROUP(2),
    NONE(0);

    private static final int UNIT_GROUP_DIGITS = 4;

    private final int sharedDigits;

    OccupationMatch(int sharedDigits) {
        this.sharedDigits = sharedDigits;
    }

    /** The number of leading digits the two codes share at this level; 0 for {@link #NONE}. */
    public int sharedDigits() {
        return sharedDigits;
    }

    /** The group both codes belong to at this level (e.g. "753" for 7533 and 7531); empty for {@link #NONE}. */
    public String sharedGroup(String code) {
        return code.substring(0, sharedDigits);
    }

    public boolean closerThan(OccupationMatch other) {
        return ordinal() < other.ordinal();
    }

    /**
     * @throws IllegalArgumentException if either code is not a 4-digit unit group
     */
    public static OccupationMatch of(String vacancyCode, String seekerCode) {
        requireUnitGroup(vacancyCode);
        requireUnitGroup(seekerCode);
        int shared = 0;
        while (shared < UNIT_GROUP_DIGITS && vacancyCode.charAt(shared) == seekerCode.charAt(shared)) {
            shared++;
        }
        return switch (shared) {
            case 4 -> SAME_UNIT_GROUP;
            case 3 -> SAME_MINOR_GROUP;
            case 2 -> SAME_SUB_MAJOR_GROUP;
            default -> NONE;
        };
    }

    /** The best match over a seeker's preferred occupations; {@link #NONE} if there are none. */
    public static OccupationMatch between(String vacancyCode, Collection<String> seekerPreferredCodes) {
        requireUnitGroup(vacancyCode);
        OccupationMatch best = NONE;
        for (String code : seekerPreferredCodes) {
            OccupationMatch match = of(vacancyCode, code);
            if (match.closerThan(best)) {
                best = match;
                if (best == SAME_UNIT_GROUP) {
                    break;
                }
            }
        }
        return best;
    }

    public static boolean isUnitGroup(String code) {
        if (code == null || code.length() != UNIT_GROUP_DIGITS) {
            return false;
        }
        for (int i = 0; i < UNIT_GROUP_DIGITS; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static String requireUnitGroup(String code) {
        if (!isUnitGroup(code)) {
            throw new IllegalArgumentException("Not a 4-digit KBJI unit group: " + code);
        }
        return code;
    }
}

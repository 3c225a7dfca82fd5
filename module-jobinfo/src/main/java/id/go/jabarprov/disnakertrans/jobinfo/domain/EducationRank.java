package id.go.jabarprov.disnakertrans.jobinfo.domain;

/**
 * Orders the reference education codes (platform_education_level) so that a seeker's education can be
 * compared with a vacancy's minimum. The reference list's sort order cannot be used directly: SMA and SMK
 * are different tracks of the same senior secondary level, and a D4 (sarjana terapan) is a bachelor-level
 * degree like S1, so an employer asking for S1 must accept either.
 */
public final class EducationRank {

    private EducationRank() {
    }

    /**
     * The level of a code: TIDAK_TAMAT_SD 0, SD 1, SMP 2, SMA = SMK 3, D1 4, D2 5, D3 6, D4 = S1 7, S2 8, S3 9.
     *
     * @throws IllegalArgumentException for a code not in the reference list (including null)
     */
    public static int rank(String code) {
        int rank = rankOrMinusOne(code);
        if (rank < 0) {
            throw new IllegalArgumentException("Unknown education code: " + code);
        }
        return rank;
    }

    public static boolean known(String code) {
        return rankOrMinusOne(code) >= 0;
    }

    /**
     * Whether a seeker's education reaches a required minimum. No requirement is always met; an unrecorded
     * education never meets a stated one, because the officer cannot vouch for it.
     *
     * @throws IllegalArgumentException for an unknown code on either side
     */
    public static boolean meets(String seekerCode, String requiredCode) {
        if (requiredCode == null) {
            return true;
        }
        int required = rank(requiredCode);
        return seekerCode != null && rank(seekerCode) >= required;
    }

    private static int rankOrMinusOne(String code) {
        if (code == null) {
            return -1;
        }
        return switch (code) {
            case "TIDAK_TAMAT_SD" -> 0;
            case "SD" -> 1;
            case "SMP" -> 2;
            case "SMA", "SMK" -> 3;
            case "D1" -> 4;
            case "D2" -> 5;
            case "D3" -> 6;
            case "D4", "S1" -> 7;
            case "S2" -> 8;
            case "S3" -> 9;
            default -> -1;
        };
    }
}

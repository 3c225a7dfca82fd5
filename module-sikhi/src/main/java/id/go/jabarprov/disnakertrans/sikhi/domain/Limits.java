package id.go.jabarprov.disnakertrans.sikhi.domain;

/**
 * Longest texts the tables hold (V1__sikhi.sql uses the same widths). Long texts are plain
 * {@code varchar(n)}: PostgreSQL has no {@code clob} and H2 reads {@code text} as a CLOB, while a wide
 * varchar maps to a String on both. Services validate against these before the database does.
 */
public final class Limits {

    public static final int NAME = 200;
    public static final int ADDRESS = 400;
    public static final int CONTACT = 200;
    public static final int NOTE = 2000;
    public static final int SHORT_TEXT = 1000;
    public static final int CHRONOLOGY = 8000;
    public static final int DEMANDS = 4000;
    public static final int RISALAH_FIELD = 4000;
    /** Anjuran and Perjanjian Bersama texts. */
    public static final int DOCUMENT_TEXT = 20000;
    public static final int MESSAGE = 4000;
    public static final int QUESTION = 4000;
    public static final int ANSWER = 8000;
    public static final int LINK = 400;
    public static final int REFERENCE = 60;

    private Limits() {
    }
}

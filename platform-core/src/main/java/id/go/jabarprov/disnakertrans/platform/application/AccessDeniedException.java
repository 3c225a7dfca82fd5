package id.go.jabarprov.disnakertrans.platform.application;

/**
 * The caller may not do this, or may not see this record. Shown to the user as "not found" so that
 * the existence of another kab/kota's record is not revealed. Unchecked: the transaction rolls back.
 */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String reason) {
        super(reason);
    }
}

package id.go.jabarprov.disnakertrans.sikhi.domain;

import java.util.Collection;
import java.util.Map;

/**
 * The documents a filing cannot go without that the case itself checks on submission. A filer acting for a party
 * (a representative) needs the surat kuasa khusus (UU 2/2004; DOMAIN.md, registration documents); saving
 * a draft needs nothing, so the upload can come later.
 */
public final class FilingDocuments {

    /** The problem's field: the page shows it beside its upload field. */
    public static final String SURAT_KUASA = "suratKuasa";

    private FilingDocuments() {
    }

    public static Map<String, String> problems(boolean represented, Collection<DocumentKind> attached) {
        return represented && !attached.contains(DocumentKind.SURAT_KUASA)
                ? Map.of(SURAT_KUASA, ErrorKeys.SURAT_KUASA_MISSING)
                : Map.of();
    }
}

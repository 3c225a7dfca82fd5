package id.go.jabarprov.disnakertrans.platform.module;

/** Who a menu entry is for; each audience has its own URL space covered by web.xml. */
public enum Audience {
    /** Anonymous readers, {@code /public/<module>/…}. */
    PUBLIC("/public/"),
    /** Signed-in citizens and employers, {@code /me/<module>/…}. */
    CITIZEN("/me/"),
    /** Officers of a kab/kota or of the province, {@code /staff/<module>/…}. */
    STAFF("/staff/"),
    /** Administrators, {@code /admin/…}. */
    ADMIN("/admin/");

    private final String pathPrefix;

    Audience(String pathPrefix) {
        this.pathPrefix = pathPrefix;
    }

    public String pathPrefix() {
        return pathPrefix;
    }
}

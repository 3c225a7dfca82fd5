package id.go.jabarprov.disnakertrans.platform.module;

import java.util.List;

/** The portal's roles. Roles only grant permissions by default; nothing checks a role directly. */
public final class Roles {
    public static final String PLATFORM_ADMIN = "platform-admin";
    public static final String TENANT_ADMIN = "tenant-admin";
    public static final String SIKHI_MEDIATOR = "sikhi-mediator";
    /** Kepala seksi hubungan industrial: assigns mediators and watches the deadlines of every case of the office. */
    public static final String SIKHI_HEAD = "sikhi-head";
    public static final String JOBINFO_OFFICER = "jobinfo-officer";
    public static final String TRAINING_OFFICER = "training-officer";
    public static final String VILLAGE_OFFICER = "village-officer";
    public static final String CITIZEN = "citizen";
    public static final String EMPLOYER = "employer";

    /** Roles an administrator may give a staff account. */
    public static final List<String> STAFF_ROLES = List.of(PLATFORM_ADMIN, TENANT_ADMIN, SIKHI_MEDIATOR, SIKHI_HEAD,
            JOBINFO_OFFICER, TRAINING_OFFICER, VILLAGE_OFFICER);

    public static final List<String> ALL = List.of(PLATFORM_ADMIN, TENANT_ADMIN, SIKHI_MEDIATOR, SIKHI_HEAD, JOBINFO_OFFICER,
            TRAINING_OFFICER, VILLAGE_OFFICER, CITIZEN, EMPLOYER);

    private Roles() {
    }
}

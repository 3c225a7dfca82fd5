package id.go.jabarprov.disnakertrans.sikhi.domain;

/** The statutory time limits of a dispute case, in hari kerja. */
public enum DeadlineKind {

    /** A returned file must be completed within 7 HK of its return (UU 2/2004 art. 4(2)). */
    COMPLETION(7),
    /** The parties choose conciliation or arbitration within 7 HK of the offer (art. 4(4)). */
    FORUM_CHOICE(7),
    /** The mediator holds the first session within 7 HK of pelimpahan (art. 10). */
    FIRST_SESSION(7),
    /** Mediation ends within 30 HK of pelimpahan, klarifikasi days excluded (art. 15). */
    MEDIATION(30),
    /** The anjuran is issued within 10 HK of the first session (art. 13(2)(a)-(b)). */
    ANJURAN(10),
    /** Each party answers the anjuran within 10 HK of receiving it; silence is rejection (art. 13(2)(c)-(d)). */
    ANSWER(10),
    /** Once the anjuran is accepted, the PB is made within 3 HK (art. 13(2)(e)). */
    PERJANJIAN_BERSAMA(3);

    private final int workingDays;

    DeadlineKind(int workingDays) {
        this.workingDays = workingDays;
    }

    public int workingDays() {
        return workingDays;
    }

    public String key() {
        return "sikhi.deadline." + name();
    }
}

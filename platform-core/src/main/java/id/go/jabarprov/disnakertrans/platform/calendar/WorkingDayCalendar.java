package id.go.jabarprov.disnakertrans.platform.calendar;

import id.go.jabarprov.disnakertrans.platform.PlatformModule;
import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import id.go.jabarprov.disnakertrans.platform.audit.AuditService;
import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The working-day calendar every deadline of every module is counted on. Holidays are entered by
 * province administrators (2026 shipped from the joint ministerial decree); a snapshot is kept for a
 * few minutes, so other portal instances see an edit soon after it is made.
 */
@ApplicationScoped
public class WorkingDayCalendar {

    private static final Duration REFRESH = Duration.ofMinutes(5);

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditService audit;

    private volatile WorkingDays snapshot;
    private volatile Instant loadedAt = Instant.EPOCH;

    /** The deadline {@code days} working days after {@code start}. */
    public Deadline deadline(LocalDate start, int days) {
        return workingDays().addWorkingDays(start, days);
    }

    public boolean isWorkingDay(LocalDate date) {
        return workingDays().isWorkingDay(date);
    }

    /** Working days after {@code fromExclusive} up to {@code toInclusive}, e.g. how late something is. */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        return workingDays().between(fromExclusive, toInclusive);
    }

    public WorkingDays workingDays() {
        WorkingDays current = snapshot;
        if (current == null || Instant.now().isAfter(loadedAt.plus(REFRESH))) {
            List<Holiday> all = em.createQuery("select h from Holiday h", Holiday.class).getResultList();
            current = new WorkingDays(all.stream().map(Holiday::getDate).collect(Collectors.toSet()),
                    all.stream().map(h -> h.getDate().getYear()).collect(Collectors.toSet()));
            snapshot = current;
            loadedAt = Instant.now();
        }
        return current;
    }

    public List<Holiday> holidays(int year) {
        return em.createQuery("select h from Holiday h where h.date >= :from and h.date < :to order by h.date", Holiday.class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getResultList();
    }

    /** The years with at least one entry, in order. */
    public Set<Integer> years() {
        return em.createQuery("select h.date from Holiday h", LocalDate.class).getResultList().stream()
                .map(LocalDate::getYear).collect(Collectors.toCollection(TreeSet::new));
    }

    @Transactional
    public void add(LocalDate date, Holiday.Kind kind, String nameId, String nameEn) {
        requireAdmin();
        Map<String, String> problems = new LinkedHashMap<>();
        if (date == null) {
            problems.put("date", "validation.required");
        } else if (em.find(Holiday.class, date) != null) {
            problems.put("date", "admin.holidays.exists");
        }
        if (kind == null) {
            problems.put("kind", "validation.required");
        }
        if (nameId == null || nameId.isBlank()) {
            problems.put("nameId", "validation.required");
        } else if (nameId.length() > 160) {
            problems.put("nameId", "validation.toolong");
        }
        if (!problems.isEmpty()) {
            throw new BusinessException(problems);
        }
        em.persist(new Holiday(date, kind, nameId.trim(), nameEn == null || nameEn.isBlank() ? null : nameEn.trim()));
        audit.record(PlatformModule.ID, "holiday.added", date.toString(), kind + " " + nameId.trim(), null);
        snapshot = null;
    }

    @Transactional
    public void remove(LocalDate date) {
        requireAdmin();
        Holiday holiday = em.find(Holiday.class, date);
        if (holiday == null) {
            throw new BusinessException("admin.holidays.unknown");
        }
        em.remove(holiday);
        audit.record(PlatformModule.ID, "holiday.removed", date.toString(), holiday.getKind() + " " + holiday.getNameId(), null);
        snapshot = null;
    }

    private void requireAdmin() {
        if (!currentUser.can(PlatformModule.ADMIN_CALENDAR)) {
            audit.recordIndependently(String.valueOf(currentUser.getUsername()), PlatformModule.ID, "access.denied",
                    "holidays", "calendar administration refused");
            throw new AccessDeniedException("calendar administration refused");
        }
    }
}

package id.go.jabarprov.disnakertrans.platform.web;

import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import id.go.jabarprov.disnakertrans.platform.calendar.Holiday;
import id.go.jabarprov.disnakertrans.platform.calendar.WorkingDayCalendar;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** National holidays and cuti bersama per year: the calendar every working-day deadline uses. */
@Named
@ViewScoped
public class HolidaysPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient WorkingDayCalendar calendar;

    @Inject
    transient Feedback feedback;

    private int year;
    private LocalDate date;
    private Holiday.Kind kind = Holiday.Kind.LIBUR_NASIONAL;
    private String nameId;
    private String nameEn;

    @PostConstruct
    void init() {
        year = LocalDate.now(Formats.JAKARTA).getYear();
    }

    public List<Holiday> getHolidays() {
        return calendar.holidays(year);
    }

    /** The years with entries, plus this year and the next, which administrators fill in ahead. */
    public List<Integer> getYears() {
        Set<Integer> years = new TreeSet<>(calendar.years());
        int now = LocalDate.now(Formats.JAKARTA).getYear();
        years.add(now);
        years.add(now + 1);
        return new ArrayList<>(years);
    }

    public boolean isYearMissing() {
        return getHolidays().isEmpty();
    }

    public void add() {
        try {
            calendar.add(date, kind, nameId, nameEn);
            feedback.info("admin.holidays.added");
            year = date.getYear();
            date = null;
            nameId = null;
            nameEn = null;
        } catch (BusinessException e) {
            feedback.show(e);
        } catch (AccessDeniedException e) {
            feedback.error(null, "error.denied");
        }
    }

    public void remove(LocalDate day) {
        try {
            calendar.remove(day);
            feedback.info("admin.holidays.removed");
        } catch (BusinessException e) {
            feedback.show(e);
        } catch (AccessDeniedException e) {
            feedback.error(null, "error.denied");
        }
    }

    public Holiday.Kind[] getKinds() {
        return Holiday.Kind.values();
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public Holiday.Kind getKind() { return kind; }
    public void setKind(Holiday.Kind kind) { this.kind = kind; }
    public String getNameId() { return nameId; }
    public void setNameId(String nameId) { this.nameId = nameId; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
}

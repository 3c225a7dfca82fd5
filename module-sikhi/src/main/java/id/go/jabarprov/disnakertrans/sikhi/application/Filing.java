package id.go.jabarprov.disnakertrans.sikhi.application;

import id.go.jabarprov.disnakertrans.sikhi.domain.CaseParticulars;
import id.go.jabarprov.disnakertrans.sikhi.domain.ErrorKeys;
import id.go.jabarprov.disnakertrans.sikhi.domain.Limits;
import java.util.LinkedHashMap;
import java.util.Map;
import id.go.jabarprov.disnakertrans.sikhi.domain.DisputeType;

/**
 * What the filing form holds: the case's particulars plus the two sides' addresses and contacts, from
 * which the service keeps the case's parties (the filer's own side carries their account).
 */
public record Filing(String workplaceKabKota, DisputeType type, String companyName, String companyNib, String companyAddress,
        String companyContact, String workerName, String workerAddress, String workerContact, boolean represented,
        String chronology, String demands) {

    /** Problems that stop saving even a draft, by form field: the particulars' and the parties' lengths. */
    public Map<String, String> draftProblems() {
        Map<String, String> problems = new LinkedHashMap<>(particulars().draftProblems());
        tooLong(problems, "workerAddress", workerAddress, Limits.ADDRESS);
        tooLong(problems, "companyAddress", companyAddress, Limits.ADDRESS);
        tooLong(problems, "workerContact", workerContact, Limits.CONTACT);
        tooLong(problems, "companyContact", companyContact, Limits.CONTACT);
        if (workplaceKabKota == null || workplaceKabKota.isBlank()) {
            problems.put("workplaceKabKota", ErrorKeys.REQUIRED);
        }
        return problems;
    }

    /** Problems that stop filing: all of the draft's plus every required field, the worker's address included. */
    public Map<String, String> filingProblems() {
        Map<String, String> problems = new LinkedHashMap<>(draftProblems());
        particulars().filingProblems().forEach(problems::putIfAbsent);
        if (workerAddress == null || workerAddress.isBlank()) {
            problems.putIfAbsent("workerAddress", ErrorKeys.REQUIRED);
        }
        return problems;
    }

    private static void tooLong(Map<String, String> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.putIfAbsent(field, ErrorKeys.TOO_LONG);
        }
    }

    public CaseParticulars particulars() {
        return new CaseParticulars(type, companyName, companyNib, companyAddress, workerName, represented, chronology, demands);
    }
}

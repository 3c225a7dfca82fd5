package id.go.jabarprov.disnakertrans.jobinfo.domain;

/**
 * A vacancy was created or changed in the current transaction. Fired by the services right after the change,
 * while the vacancy is still managed; once the transaction commits, this instance's search index takes the
 * vacancy as it was then (other instances find the change by its {@code changed_at}). Internal to this module.
 *
 * @param vacancy the vacancy, managed
 * @param kabKota its kab/kota (the tenant the change was made in)
 */
public record VacancyChanged(Vacancy vacancy, String kabKota) {
}

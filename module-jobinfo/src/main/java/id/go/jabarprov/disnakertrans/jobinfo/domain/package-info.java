/** Job-information rules and records: seekers, AK/1 numbers, vacancies, applications, placements, matching. */
package id.go.jabarprov.disnakertrans.jobinfo.domain;

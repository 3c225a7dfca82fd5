/** Gerai Layanan Info Kerja: job seekers and their AK/1 cards, vacancies, matching, placements, figures. */
package id.go.jabarprov.disnakertrans.jobinfo;

/** Job-information pages: backing beans of the seeker, employer, officer and public pages. */
package id.go.jabarprov.disnakertrans.jobinfo.web;

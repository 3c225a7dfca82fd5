/** SIKHI pages: backing beans of the party, officer and public pages. */
package id.go.jabarprov.disnakertrans.sikhi.web;

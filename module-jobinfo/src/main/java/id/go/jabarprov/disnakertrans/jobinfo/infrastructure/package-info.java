/** What is not the domain: the AK/1 card PDF, spreadsheet import, SQL search and counters. */
package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

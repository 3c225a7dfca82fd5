/** Job information in the REST API under /api/v1/jobinfo: open vacancy data and aggregates, DTOs only. */
package id.go.jabarprov.disnakertrans.jobinfo.api;

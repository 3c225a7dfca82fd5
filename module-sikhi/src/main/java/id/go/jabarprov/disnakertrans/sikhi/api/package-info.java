/** SIKHI in the REST API under /api/v1/sikhi: aggregates only, DTOs only. */
package id.go.jabarprov.disnakertrans.sikhi.api;
